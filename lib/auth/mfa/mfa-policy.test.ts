import { describe, expect, it } from "vitest";
import { mfaRequired, mfaStep, sessionMfaOf, type SessionMfa } from "./mfa-policy.ts";

const none = { isStaff: false, totpEnabled: false, organizationsRequiringMfa: [] as string[] };
const unverified: SessionMfa = { verified: false };
const ownFactor: SessionMfa = { verified: true, fromSsoClaimOf: null };

describe("MFA policy (S8)", () => {
  it("requires MFA for staff, enrolled users and members of an organisation that requires it", () => {
    expect(mfaRequired(none)).toBe(false);
    expect(mfaRequired({ ...none, isStaff: true })).toBe(true);
    expect(mfaRequired({ ...none, totpEnabled: true })).toBe(true);
    expect(mfaRequired({ ...none, organizationsRequiringMfa: ["org-a"] })).toBe(true);
  });

  it("sends users without a second factor to enrolment, others to the challenge, verified sessions nowhere", () => {
    expect(mfaStep({ ...none, isStaff: true }, unverified)).toBe("enrol");
    expect(mfaStep({ ...none, organizationsRequiringMfa: ["org-a"], totpEnabled: true }, unverified)).toBe(
      "challenge",
    );
    expect(mfaStep({ ...none, isStaff: true, totpEnabled: true }, ownFactor)).toBe("none");
    expect(mfaStep(none, unverified)).toBe("none");
  });

  it("counts the MFA claim of one organisation's Microsoft sign-in only for that organisation (S8)", () => {
    const viaA: SessionMfa = { verified: true, fromSsoClaimOf: "org-a" };
    expect(mfaStep({ ...none, organizationsRequiringMfa: ["org-a"] }, viaA)).toBe("none");
    expect(mfaStep({ ...none, totpEnabled: true }, viaA)).toBe("none");
    expect(mfaStep({ ...none, organizationsRequiringMfa: ["org-a", "org-b"] }, viaA)).toBe("enrol");
    expect(mfaStep({ ...none, organizationsRequiringMfa: ["org-b"], totpEnabled: true }, viaA)).toBe(
      "challenge",
    );
    // A factor of ours meets every organisation's requirement.
    expect(mfaStep({ ...none, organizationsRequiringMfa: ["org-a", "org-b"] }, ownFactor)).toBe("none");
  });

  it("reads a session row: a claim from a deleted organisation vouches for no organisation", () => {
    const at = new Date();
    expect(sessionMfaOf({ mfaVerifiedAt: null, mfaFromSsoClaim: false, ssoOrganizationId: null })).toEqual(
      unverified,
    );
    expect(sessionMfaOf({ mfaVerifiedAt: at, mfaFromSsoClaim: false, ssoOrganizationId: "org-a" })).toEqual(
      ownFactor,
    );
    const orphan = sessionMfaOf({ mfaVerifiedAt: at, mfaFromSsoClaim: true, ssoOrganizationId: null });
    expect(mfaStep({ ...none, organizationsRequiringMfa: ["org-a"] }, orphan)).toBe("enrol");
  });
});
