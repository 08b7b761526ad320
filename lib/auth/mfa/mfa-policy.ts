// When a second factor is required (SECURITY.md S8): staff always; anyone who enrolled; every member of
// an organisation whose policy requires it.
export type MfaFacts = { isStaff: boolean; totpEnabled: boolean; anyOrganizationRequiresMfa: boolean };

export function mfaRequired(facts: MfaFacts): boolean {
  return facts.isStaff || facts.totpEnabled || facts.anyOrganizationRequiresMfa;
}

/** What a session still needs before it may be used: nothing, the challenge, or enrolment first. */
export function mfaStep(facts: MfaFacts, sessionMfaVerified: boolean): "none" | "challenge" | "enrol" {
  if (sessionMfaVerified || !mfaRequired(facts)) return "none";
  return facts.totpEnabled ? "challenge" : "enrol";
}
