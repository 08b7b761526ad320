import { describe, expect, it } from "vitest";
import { ssoPolicyMet } from "./sso-policy.ts";

const requires = { organizationId: "org-b", ssoRequired: true };

describe("Microsoft sign-in only, per organisation (S7, S11)", () => {
  it("admits a Microsoft session only through the organisation's own connection", () => {
    expect(ssoPolicyMet({ sessionMethod: "SSO", ssoOrganizationId: "org-b" }, requires)).toBe(true);
    expect(ssoPolicyMet({ sessionMethod: "SSO", ssoOrganizationId: "org-a" }, requires)).toBe(false);
    expect(ssoPolicyMet({ sessionMethod: "SSO", ssoOrganizationId: null }, requires)).toBe(false);
  });

  it("leaves organisations without the policy alone", () => {
    const open = { organizationId: "org-b", ssoRequired: false };
    expect(ssoPolicyMet({ sessionMethod: "SSO", ssoOrganizationId: "org-a" }, open)).toBe(true);
    expect(ssoPolicyMet({ sessionMethod: "PASSWORD", ssoOrganizationId: null }, open)).toBe(true);
  });
});
