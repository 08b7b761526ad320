// When a second factor is required (SECURITY.md S8): staff always; anyone who enrolled; every member of
// an organisation whose policy requires it. A session passed it with a factor of ours (counts everywhere)
// or by the MFA claim of a Microsoft sign-in through one organisation's connection, which counts for that
// organisation's requirement and the user's own enrolment, never for another organisation's (ADR 0014).
export type MfaFacts = {
  isStaff: boolean;
  totpEnabled: boolean;
  /** The user's organisations whose policy requires MFA. */
  organizationsRequiringMfa: readonly string[];
};

/** How the session passed a second factor, if it did. */
export type SessionMfa =
  | { verified: false }
  | { verified: true; fromSsoClaimOf: string | null /** the organisation whose connection vouched */ };

export const NO_SESSION_MFA: SessionMfa = { verified: false };

export function mfaRequired(facts: MfaFacts): boolean {
  return facts.isStaff || facts.totpEnabled || facts.organizationsRequiringMfa.length > 0;
}

/** Whether the session's second factor meets every requirement in `facts`. */
function meets(facts: MfaFacts, session: SessionMfa): boolean {
  if (!session.verified) return false;
  const vouchedBy = session.fromSsoClaimOf;
  return vouchedBy === null || facts.organizationsRequiringMfa.every((id) => id === vouchedBy);
}

/** What a session still needs before it may be used: nothing, the challenge, or enrolment first. */
export function mfaStep(facts: MfaFacts, session: SessionMfa): "none" | "challenge" | "enrol" {
  if (!mfaRequired(facts) || meets(facts, session)) return "none";
  return facts.totpEnabled ? "challenge" : "enrol";
}

/** The MFA state of a stored session row. */
export function sessionMfaOf(row: {
  mfaVerifiedAt: Date | null;
  mfaFromSsoClaim: boolean;
  ssoOrganizationId: string | null;
}): SessionMfa {
  if (!row.mfaVerifiedAt) return NO_SESSION_MFA;
  // A claim whose organisation is gone vouches for nobody's requirement: an id no organisation has.
  return { verified: true, fromSsoClaimOf: row.mfaFromSsoClaim ? (row.ssoOrganizationId ?? "") : null };
}
