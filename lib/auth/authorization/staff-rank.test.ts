// Staff act only on accounts ranked below their own (S23).
import { describe, expect, it } from "vitest";
import type { StaffRole } from "../../generated/prisma/enums.ts";
import { accountRank, grantableStaffRoles, mayManageAccount, outranks } from "./staff-rank.ts";

describe("staff rank (S23)", () => {
  it("ranks ADMIN above SECURITY above the other staff roles, and customers lowest", () => {
    expect(accountRank(["ADMIN"])).toBeGreaterThan(accountRank(["SECURITY"]));
    for (const role of ["PRIVACY", "CONTENT", "SUPPORT"] as const) {
      expect(accountRank(["SECURITY"])).toBeGreaterThan(accountRank([role]));
      expect(accountRank([role])).toBeGreaterThan(accountRank([]));
    }
  });

  it("counts an account with its highest role", () => {
    expect(accountRank(["SUPPORT", "SECURITY"])).toBe(accountRank(["SECURITY"]));
    expect(outranks(["SECURITY"], ["SUPPORT", "SECURITY"])).toBe(false);
  });

  it("never lets an equal or higher account be acted on", () => {
    const roles: StaffRole[] = ["ADMIN", "SECURITY", "PRIVACY", "CONTENT", "SUPPORT"];
    for (const role of roles) {
      expect(outranks([role], [role]), role).toBe(false);
      expect(outranks([role], ["ADMIN"]), `${role} over ADMIN`).toBe(false);
      expect(outranks([role], []), `${role} over a customer`).toBe(true);
    }
    expect(outranks(["ADMIN"], ["SECURITY"])).toBe(true);
    expect(outranks(["SECURITY"], ["PRIVACY"])).toBe(true);
    expect(outranks(["SUPPORT"], ["CONTENT"])).toBe(false);
    expect(outranks([], [])).toBe(false);
  });

  it("lets an ADMIN manage every other account's role and second factor, others only lower accounts", () => {
    expect(mayManageAccount(["ADMIN"], ["ADMIN"])).toBe(true);
    expect(mayManageAccount(["ADMIN"], ["SECURITY"])).toBe(true);
    expect(mayManageAccount(["SECURITY"], ["ADMIN"])).toBe(false);
    expect(mayManageAccount(["SECURITY"], ["SECURITY"])).toBe(false);
    expect(mayManageAccount(["SECURITY"], ["CONTENT"])).toBe(true);
    expect(mayManageAccount(["SECURITY"], [])).toBe(true);
    expect(mayManageAccount(["SUPPORT"], ["CONTENT"])).toBe(false);
  });

  it("grants only roles below one's own, every role for an ADMIN", () => {
    expect(grantableStaffRoles(["ADMIN"])).toEqual(["ADMIN", "SECURITY", "PRIVACY", "CONTENT", "SUPPORT"]);
    expect(grantableStaffRoles(["SECURITY"])).toEqual(["PRIVACY", "CONTENT", "SUPPORT"]);
    expect(grantableStaffRoles(["SUPPORT"])).toEqual([]);
    expect(grantableStaffRoles([])).toEqual([]);
  });
});
