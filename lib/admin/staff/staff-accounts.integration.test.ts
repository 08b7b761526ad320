// Changing a colleague's staff role and resetting an account's two-factor authentication (S6, S10, S17,
// S23): only on accounts ranked below the caller (an ADMIN: every other account), never one's own, never
// the last active ADMIN's ADMIN role; a reset needs a recent re-authentication, ends the account's
// sessions and tells its owner by email. The users list shows the last sign-in.
import { describe, expect, it, vi } from "vitest";
import { createOrganization, createUser } from "../../../prisma/factories.ts";
import { verifyChain } from "../../audit/verify.ts";
import { createSession } from "../../auth/sessions/session-store.ts";
import { startSession } from "../../auth/sessions/start-session.ts";
import { db } from "../../db/client.ts";
import type { StaffRole } from "../../generated/prisma/enums.ts";
import { anonymousContext, contextFor, contextForSession } from "../../testing/context.ts";
import { fixedClock } from "../../time/clock.ts";
import { listUsers } from "../users.ts";
import { changeStaffRole } from "./change-staff-role.ts";
import { resetUserMfa } from "./reset-user-mfa.ts";

vi.mock("../../jobs/email-jobs.ts", () => ({ requestEmailDelivery: async () => {} }));

const client = { ip: null, userAgent: null, requestId: null };
const rolesOf = async (userId: string) =>
  (await db.staffRoleAssignment.findMany({ where: { userId } })).map((r) => r.role);

/** A user with TOTP on and a few backup codes (stored as they are after enrolment). */
async function withMfa(
  staffRoles: StaffRole[] = [],
  memberships: { organizationId: string; role: "MEMBER" }[] = [],
) {
  const user = await createUser({ staffRoles, memberships });
  await db.credential.update({
    where: { userId: user.id },
    data: { totpSecretEnc: "sealed-secret", totpEnabledAt: new Date() },
  });
  await db.backupCode.createMany({
    data: [1, 2, 3].map((n) => ({ userId: user.id, codeHash: `hash-${user.id}-${n}` })),
  });
  return user;
}

describe("changing a staff role (S11, S17, S23)", () => {
  it("an ADMIN changes a colleague's role: stored, audited, effective at the colleague's next request", async () => {
    const admin = await createUser({ staffRoles: ["ADMIN"] });
    const colleague = await createUser({ staffRoles: ["CONTENT"] });
    const colleagueSession = await createSession(colleague.id, "STAFF", client, undefined, {
      mfaVerified: true,
    });

    expect(await changeStaffRole(await contextFor(admin), { userId: colleague.id, role: "PRIVACY" })).toEqual(
      {
        outcome: "changed",
        email: colleague.email,
        oldRoles: ["CONTENT"],
        role: "PRIVACY",
      },
    );
    expect(await rolesOf(colleague.id)).toEqual(["PRIVACY"]);
    expect((await contextForSession(colleagueSession.id)).actor.staffRoles).toEqual(["PRIVACY"]);
    const event = await db.auditEvent.findFirstOrThrow({
      where: { action: "admin.staff.role_changed", targetId: colleague.id },
    });
    expect(event).toMatchObject({
      chain: "provider",
      actorUserId: admin.id,
      metadata: { email: colleague.email, oldRoles: ["CONTENT"], newRole: "PRIVACY" },
    });
    expect(
      await changeStaffRole(await contextFor(admin), { userId: colleague.id, role: "PRIVACY" }),
    ).toMatchObject({ outcome: "unchanged" });
  });

  it("SUPPORT cannot change roles; customers are told it does not exist", async () => {
    const target = await createUser({ staffRoles: ["CONTENT"] });
    await expect(
      changeStaffRole(await contextFor(await createUser({ staffRoles: ["SUPPORT"] })), {
        userId: target.id,
        role: "SUPPORT",
      }),
    ).rejects.toMatchObject({ code: "forbidden" });
    await expect(
      changeStaffRole(await contextFor(await createUser()), { userId: target.id, role: "SUPPORT" }),
    ).rejects.toMatchObject({ code: "not_found" });
    expect(await rolesOf(target.id)).toEqual(["CONTENT"]);
  });

  it("SECURITY cannot act on ADMIN or SECURITY, nor grant them; it may move a lower colleague between lower roles", async () => {
    const ctx = await contextFor(await createUser({ staffRoles: ["SECURITY"] }));
    for (const role of ["ADMIN", "SECURITY"] as const) {
      const higher = await createUser({ staffRoles: [role] });
      await expect(changeStaffRole(ctx, { userId: higher.id, role: "SUPPORT" })).rejects.toMatchObject({
        code: "forbidden",
      });
      expect(await rolesOf(higher.id)).toEqual([role]);
    }
    const lower = await createUser({ staffRoles: ["CONTENT"] });
    for (const role of ["ADMIN", "SECURITY"] as const)
      await expect(changeStaffRole(ctx, { userId: lower.id, role })).rejects.toMatchObject({
        code: "forbidden",
      });
    await expect(changeStaffRole(ctx, { userId: lower.id, role: "SUPPORT" })).resolves.toMatchObject({
      outcome: "changed",
    });
    expect(
      await db.auditEvent.count({ where: { action: "authz.denied", actorUserId: ctx.actor.userId } }),
    ).toBeGreaterThan(0);
  });

  it("nobody changes their own role", async () => {
    const admin = await createUser({ staffRoles: ["ADMIN"] });
    await expect(
      changeStaffRole(await contextFor(admin), { userId: admin.id, role: "SUPPORT" }),
    ).rejects.toMatchObject({ code: "forbidden" });
    expect(await rolesOf(admin.id)).toEqual(["ADMIN"]);
  });

  it("a customer account is not made staff by a role change (only by an accepted invitation)", async () => {
    const customer = await createUser();
    await expect(
      changeStaffRole(await contextFor(await createUser({ staffRoles: ["ADMIN"] })), {
        userId: customer.id,
        role: "SUPPORT",
      }),
    ).rejects.toMatchObject({ code: "conflict" });
    expect(await rolesOf(customer.id)).toEqual([]);
  });

  it("the last active ADMIN keeps ADMIN (S23)", async () => {
    const actor = await createUser({ staffRoles: ["ADMIN"] });
    const other = await createUser({ staffRoles: ["ADMIN"] });
    const ctx = await contextFor(actor);
    // Every other ADMIN of this file's database is disabled for the check (restored after).
    const otherActive = await db.user.findMany({
      where: {
        id: { notIn: [actor.id, other.id] },
        disabledAt: null,
        staffRoles: { some: { role: "ADMIN" } },
      },
      select: { id: true },
    });
    const at = new Date();
    await db.user.updateMany({
      where: { id: { in: otherActive.map((u) => u.id) } },
      data: { disabledAt: at },
    });
    await db.user.update({ where: { id: actor.id }, data: { disabledAt: at } });
    try {
      // `actor` is disabled now, so `other` is the last active ADMIN: ctx was authorised before.
      await expect(changeStaffRole(ctx, { userId: other.id, role: "SECURITY" })).rejects.toMatchObject({
        code: "conflict",
      });
      expect(await rolesOf(other.id)).toEqual(["ADMIN"]);
    } finally {
      await db.user.updateMany({
        where: { id: { in: [...otherActive.map((u) => u.id), actor.id] } },
        data: { disabledAt: null },
      });
    }
    // With another active ADMIN, an ADMIN may be demoted.
    await expect(changeStaffRole(ctx, { userId: other.id, role: "SECURITY" })).resolves.toMatchObject({
      outcome: "changed",
    });
  });
});

describe("resetting two-factor authentication (S6, S10, S17, S23)", () => {
  it("after re-authentication: secret and backup codes gone, sessions ended, owner emailed, audited in every chain", async () => {
    const org = await createOrganization();
    const security = await createUser({ staffRoles: ["SECURITY"] });
    const target = await withMfa(["CONTENT"], [{ organizationId: org.id, role: "MEMBER" }]);
    await createSession(target.id, "STAFF", client, undefined, { mfaVerified: true });
    await createSession(target.id, "STAFF", client, undefined, { mfaVerified: true });

    expect(await resetUserMfa(await contextFor(security), { userId: target.id })).toEqual({
      email: target.email,
      sessionsEnded: 2,
      backupCodesRemoved: 3,
    });
    expect(await db.credential.findUniqueOrThrow({ where: { userId: target.id } })).toMatchObject({
      totpSecretEnc: null,
      totpEnabledAt: null,
    });
    expect(await db.backupCode.count({ where: { userId: target.id } })).toBe(0);
    expect(await db.session.count({ where: { userId: target.id, revokedAt: null } })).toBe(0);
    const mail = await db.outboxEmail.findFirstOrThrow({
      where: { toAddress: target.email },
      orderBy: { createdAt: "desc" },
    });
    expect(mail.subject).toBe("Your two-factor authentication was reset");
    const events = await db.auditEvent.findMany({
      where: { action: "admin.user.mfa_reset", targetId: target.id },
    });
    expect(events.map((e) => e.chain).sort()).toEqual(["provider", `org:${org.id}`].sort());
    for (const chain of ["provider", `org:${org.id}`]) expect((await verifyChain(chain)).ok).toBe(true);

    await expect(resetUserMfa(await contextFor(security), { userId: target.id })).rejects.toMatchObject({
      code: "conflict",
    });
  });

  it("needs a re-authentication within five minutes", async () => {
    const admin = await createUser({ staffRoles: ["ADMIN"] });
    const target = await withMfa(["SUPPORT"]);
    const clock = fixedClock(new Date());
    const ctx = await contextFor(admin, { clock });
    clock.advance(6 * 60_000);
    await expect(resetUserMfa(ctx, { userId: target.id })).rejects.toMatchObject({
      code: "forbidden",
      reauthenticate: true,
    });
    expect(
      (await db.credential.findUniqueOrThrow({ where: { userId: target.id } })).totpEnabledAt,
    ).not.toBeNull();
  });

  it("SUPPORT cannot; SECURITY cannot for ADMIN or SECURITY; nobody for themselves; an ADMIN for another ADMIN", async () => {
    const support = await contextFor(await createUser({ staffRoles: ["SUPPORT"] }));
    const security = await contextFor(await createUser({ staffRoles: ["SECURITY"] }));
    const customer = await withMfa();
    await expect(resetUserMfa(support, { userId: customer.id })).rejects.toMatchObject({ code: "forbidden" });
    for (const role of ["ADMIN", "SECURITY"] as const) {
      const higher = await withMfa([role]);
      await expect(resetUserMfa(security, { userId: higher.id })).rejects.toMatchObject({
        code: "forbidden",
      });
      expect(
        (await db.credential.findUniqueOrThrow({ where: { userId: higher.id } })).totpEnabledAt,
      ).not.toBeNull();
    }
    const self = await withMfa(["ADMIN"]);
    await expect(resetUserMfa(await contextFor(self), { userId: self.id })).rejects.toMatchObject({
      code: "forbidden",
    });
    const otherAdmin = await withMfa(["ADMIN"]);
    await expect(resetUserMfa(await contextFor(self), { userId: otherAdmin.id })).resolves.toMatchObject({
      backupCodesRemoved: 3,
    });
    await expect(resetUserMfa(security, { userId: customer.id })).resolves.toMatchObject({
      sessionsEnded: 0,
    });
  });
});

describe("last sign-in on the users list", () => {
  it("is the time of the newest successful sign-in, and empty for an account that never signed in", async () => {
    const admin = await createUser({ staffRoles: ["ADMIN"] });
    const signedIn = await createUser();
    const never = await createUser();
    const clock = fixedClock("2026-10-01T08:30:00.000Z");
    expect(
      await startSession(anonymousContext({ clock }), { userId: signedIn.id, method: "PASSWORD" }),
    ).toMatchObject({
      ok: true,
    });
    clock.set("2026-10-02T17:45:00.000Z");
    await startSession(anonymousContext({ clock }), { userId: signedIn.id, method: "MAGIC_LINK" });

    const rows = await listUsers(await contextFor(admin));
    expect(rows.find((u) => u.id === signedIn.id)?.lastSignInAt).toEqual(
      new Date("2026-10-02T17:45:00.000Z"),
    );
    expect(rows.find((u) => u.id === never.id)?.lastSignInAt).toBeNull();
  });

  it("marks which rows the viewer may manage roles of (S23)", async () => {
    const security = await createUser({ staffRoles: ["SECURITY"] });
    const admin = await createUser({ staffRoles: ["ADMIN"] });
    const content = await createUser({ staffRoles: ["CONTENT"] });
    const rows = await listUsers(await contextFor(security));
    const row = (id: string) => rows.find((u) => u.id === id);
    expect(row(admin.id)?.roleManageable).toBe(false);
    expect(row(security.id)?.roleManageable).toBe(false);
    expect(row(content.id)).toMatchObject({ roleManageable: true, staffRoles: ["CONTENT"] });
  });
});
