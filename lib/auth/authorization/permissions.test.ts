import { describe, expect, it } from "vitest";
import { CUSTOMER_ACTIONS, customerCan, STAFF_ACTIONS, staffCan } from "./permissions.ts";

describe("permission table (S11: deny by default)", () => {
  it("lets only owners and admins manage members and settings", () => {
    for (const action of ["org.members.manage", "org.settings.manage"] as const) {
      expect(customerCan("OWNER", action)).toBe(true);
      expect(customerCan("ADMIN", action)).toBe(true);
      expect(customerCan("PRIVACY_OFFICER", action)).toBe(false);
      expect(customerCan("AUDITOR", action)).toBe(false);
      expect(customerCan("MEMBER", action)).toBe(false);
    }
  });

  it("leaves policies that can shut owners out, and closing the account (D4), to owners (S23)", () => {
    expect(CUSTOMER_ACTIONS.filter((a) => customerCan("ADMIN", a) !== customerCan("OWNER", a))).toEqual([
      "org.access.restrict",
      "org.closure.manage",
    ]);
    for (const role of ["ADMIN", "PRIVACY_OFFICER", "AUDITOR", "MEMBER"] as const)
      expect(customerCan(role, "org.closure.manage")).toBe(false);
    expect(customerCan("OWNER", "org.access.restrict")).toBe(true);
    for (const role of ["ADMIN", "PRIVACY_OFFICER", "AUDITOR", "MEMBER"] as const)
      expect(customerCan(role, "org.access.restrict")).toBe(false);
  });

  it("lets owners, admins and auditors read the organisation's audit log, nobody else", () => {
    expect((["OWNER", "ADMIN", "AUDITOR"] as const).map((r) => customerCan(r, "org.audit.view"))).toEqual([
      true,
      true,
      true,
    ]);
    expect(customerCan("PRIVACY_OFFICER", "org.audit.view")).toBe(false);
    expect(customerCan("MEMBER", "org.audit.view")).toBe(false);
  });

  it("gives a plain member nothing but the overview and the subprocessors that apply (read only)", () => {
    expect(CUSTOMER_ACTIONS.filter((a) => customerCan("MEMBER", a))).toEqual([
      "org.view",
      "org.subprocessors.view",
    ]);
  });

  it("lets owners, admins and privacy officers answer subprocessor notices; auditors and members read (C2)", () => {
    for (const role of ["OWNER", "ADMIN", "PRIVACY_OFFICER"] as const)
      expect(customerCan(role, "org.subprocessors.respond")).toBe(true);
    for (const role of ["AUDITOR", "MEMBER"] as const) {
      expect(customerCan(role, "org.subprocessors.respond")).toBe(false);
      expect(customerCan(role, "org.subprocessors.view")).toBe(true);
    }
  });

  it("lets only administrators and privacy staff resolve objections to subprocessors", () => {
    for (const role of ["ADMIN", "PRIVACY"] as const)
      expect(staffCan([role], "subprocessors.objections.resolve")).toBe(true);
    for (const role of ["SECURITY", "CONTENT", "SUPPORT"] as const)
      expect(staffCan([role], "subprocessors.objections.resolve")).toBe(false);
  });

  it("denies everything without a role", () => {
    for (const action of CUSTOMER_ACTIONS) {
      expect(customerCan(null, action)).toBe(false);
      expect(customerCan(undefined, action)).toBe(false);
    }
    for (const action of STAFF_ACTIONS) expect(staffCan([], action)).toBe(false);
  });

  it("lets only security staff and administrators decide Microsoft sign-in domains (S27)", () => {
    expect(staffCan(["SECURITY"], "sso.domains.review")).toBe(true);
    expect(staffCan(["ADMIN"], "sso.domains.review")).toBe(true);
    for (const role of ["PRIVACY", "CONTENT", "SUPPORT"] as const)
      expect(staffCan([role], "sso.domains.review")).toBe(false);
  });

  it("lets only administrators and privacy staff manage customer organisations' contracts", () => {
    expect(staffCan(["ADMIN"], "admin.organizations.manage")).toBe(true);
    expect(staffCan(["PRIVACY"], "admin.organizations.manage")).toBe(true);
    for (const role of ["SECURITY", "CONTENT", "SUPPORT"] as const)
      expect(staffCan([role], "admin.organizations.manage")).toBe(false);
  });

  it("combines several staff roles", () => {
    expect(staffCan(["CONTENT"], "admin.mail.view")).toBe(false);
    expect(staffCan(["CONTENT", "SUPPORT"], "admin.mail.view")).toBe(true);
    expect(STAFF_ACTIONS.every((a) => staffCan(["ADMIN"], a))).toBe(true);
  });
});
