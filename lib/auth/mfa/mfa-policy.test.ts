import { describe, expect, it } from "vitest";
import { mfaRequired, mfaStep } from "./mfa-policy.ts";

const none = { isStaff: false, totpEnabled: false, anyOrganizationRequiresMfa: false };

describe("MFA policy (S8)", () => {
  it("requires MFA for staff, enrolled users and members of an organisation that requires it", () => {
    expect(mfaRequired(none)).toBe(false);
    expect(mfaRequired({ ...none, isStaff: true })).toBe(true);
    expect(mfaRequired({ ...none, totpEnabled: true })).toBe(true);
    expect(mfaRequired({ ...none, anyOrganizationRequiresMfa: true })).toBe(true);
  });

  it("sends users without a second factor to enrolment, others to the challenge, verified sessions nowhere", () => {
    expect(mfaStep({ ...none, isStaff: true }, false)).toBe("enrol");
    expect(mfaStep({ ...none, anyOrganizationRequiresMfa: true, totpEnabled: true }, false)).toBe(
      "challenge",
    );
    expect(mfaStep({ ...none, isStaff: true, totpEnabled: true }, true)).toBe("none");
    expect(mfaStep(none, false)).toBe("none");
  });
});
