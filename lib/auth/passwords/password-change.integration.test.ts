// Changing one's password (SECURITY.md S1, S2, S6, S10, S17): the current password is required and
// re-authenticates; the new one passes the policy; every other session ends, this one gets a new id;
// a security notice goes out; nothing secret is stored or audited in clear.
import { describe, expect, it, vi } from "vitest";
import { createOrganization, createUser } from "../../../prisma/factories.ts";
import { updateProfile } from "../../account/profile.ts";
import { db } from "../../db/client.ts";
import type { SignedInContext } from "../../context/context.ts";
import { anonymousContext } from "../../testing/context.ts";
import { fixedClock } from "../../time/clock.ts";
import type { Actor } from "../sessions/actor.ts";
import { SESSION_MESSAGES } from "../sessions/messages.ts";
import { createSession, validateSession } from "../sessions/session-store.ts";
import { PASSWORD_MESSAGES } from "./messages.ts";
import { changePassword } from "./password-change.ts";
import { verifyPassword } from "./password-hash.ts";

vi.mock("../../jobs/email-jobs.ts", () => ({ requestEmailDelivery: async () => {} }));

const request = {
  ip: "198.51.100.90",
  userAgent: "Mozilla/5.0 (password change test)",
  requestId: "req-change",
};
const NEW_PASSWORD = "amber lighthouse orbit";
const MINUTE = 60_000;

async function signedIn(options: { password?: boolean } = {}) {
  const org = await createOrganization();
  const user = await createUser({ memberships: [{ organizationId: org.id, role: "MEMBER" }] });
  if (options.password === false)
    await db.credential.update({ where: { userId: user.id }, data: { passwordHash: null } });
  const clock = fixedClock("2026-11-23T09:00:00.000Z");
  const current = await createSession(user.id, "CUSTOMER", request, clock, { mfaVerified: true });
  const other = await createSession(user.id, "CUSTOMER", request, clock);
  const actor: Actor = {
    userId: user.id,
    email: user.email,
    name: user.name,
    language: null,
    sessionId: current.id,
    sessionMethod: "PASSWORD",
    ssoOrganizationId: null,
    reauthenticatedAt: clock.now(),
    totpEnabled: false,
    staffRoles: [],
    memberships: [],
    timeZone: null,
  };
  const ctx: SignedInContext = { ...anonymousContext({ clock, request }), actor };
  return { org, user, clock, current, other, ctx };
}

describe("changing the password (S1, S6, S10)", () => {
  it("with the right current password: new hash, other sessions revoked, this session rotated, notice sent, audited", async () => {
    const { org, user, clock, current, other, ctx } = await signedIn();
    clock.advance(30 * MINUTE); // long after sign-in: the current password is the re-authentication
    const result = await changePassword(ctx, { currentPassword: user.password, newPassword: NEW_PASSWORD });

    const credential = await db.credential.findUniqueOrThrow({ where: { userId: user.id } });
    expect(await verifyPassword(credential.passwordHash!, NEW_PASSWORD)).toBe(true);
    expect(await validateSession(other.id, clock), "other sessions end (S10)").toBeNull();
    expect(
      await validateSession(current.id, clock),
      "the old id of this session stops working (S9)",
    ).toBeNull();
    expect(result).toEqual({ sessionId: expect.any(String), sessionsRevoked: 1 });
    expect(result.sessionId).not.toBe(current.id);
    expect(await validateSession(result.sessionId, clock)).toMatchObject({ userId: user.id });
    expect((await db.session.findUniqueOrThrow({ where: { id: other.id } })).revokedReason).toBe(
      "password_changed",
    );

    const notice = await db.outboxEmail.findFirstOrThrow({
      where: { toAddress: user.email, subject: "Your password was changed" },
    });
    expect(notice.textBody).toContain(request.ip);
    const changed = await db.auditEvent.findMany({
      where: { action: "auth.password.changed", actorUserId: user.id },
    });
    expect(changed).toHaveLength(1);
    expect(changed[0]).toMatchObject({
      chain: `org:${org.id}`,
      ip: request.ip,
      userAgent: request.userAgent,
      requestId: request.requestId,
    });
    expect(changed[0]!.metadata).toMatchObject({ sessionsRevoked: 1 });
    expect(
      await db.auditEvent.count({ where: { action: "auth.reauthenticated", actorUserId: user.id } }),
    ).toBe(1);
    const everything = JSON.stringify([
      await db.auditEvent.findMany(),
      await db.outboxEmail.findMany(),
      await db.session.findMany(),
    ]);
    expect(everything).not.toContain(NEW_PASSWORD);
    expect(everything).not.toContain(user.password);
  });

  it("refuses a wrong or missing current password and changes nothing; failures are audited and throttled (S2)", async () => {
    const { user, clock, other, ctx } = await signedIn();
    await expect(
      changePassword(ctx, { currentPassword: "", newPassword: NEW_PASSWORD }),
    ).rejects.toMatchObject({ code: "invalid", text: PASSWORD_MESSAGES.currentPasswordRequired });
    await expect(
      changePassword(ctx, { currentPassword: "not my password", newPassword: NEW_PASSWORD }),
    ).rejects.toMatchObject({ code: "invalid", text: SESSION_MESSAGES.reauthWrong });
    const credential = await db.credential.findUniqueOrThrow({ where: { userId: user.id } });
    expect(await verifyPassword(credential.passwordHash!, user.password)).toBe(true);
    expect(await validateSession(other.id, clock)).not.toBeNull();
    expect(
      await db.auditEvent.count({ where: { action: "auth.reauthentication.failed", actorUserId: user.id } }),
    ).toBe(1);
    for (let i = 0; i < 10; i++)
      await changePassword(ctx, { currentPassword: `wrong ${i}`, newPassword: NEW_PASSWORD }).catch(() => {});
    await expect(
      changePassword(ctx, { currentPassword: user.password, newPassword: NEW_PASSWORD }),
    ).rejects.toMatchObject({ code: "rate_limited" });
  });

  it("applies the password policy and refuses the same password again (S1)", async () => {
    const { user, ctx } = await signedIn();
    await expect(
      changePassword(ctx, { currentPassword: user.password, newPassword: "iloveyou" }),
    ).rejects.toMatchObject({ code: "invalid", text: PASSWORD_MESSAGES.weakness.common });
    await expect(
      changePassword(ctx, { currentPassword: user.password, newPassword: user.email }),
    ).rejects.toMatchObject({ code: "invalid", text: PASSWORD_MESSAGES.weakness.personal });
    await expect(
      changePassword(ctx, { currentPassword: user.password, newPassword: user.password }),
    ).rejects.toMatchObject({ code: "invalid", text: PASSWORD_MESSAGES.sameAsCurrent });
  });

  it("without a password (SSO or magic link only) setting one needs a recent re-authentication (S6)", async () => {
    const { user, clock, ctx } = await signedIn({ password: false });
    clock.advance(6 * MINUTE);
    await expect(
      changePassword(ctx, { currentPassword: "", newPassword: NEW_PASSWORD }),
    ).rejects.toMatchObject({ code: "forbidden", reauthenticate: true });
    expect((await db.credential.findUniqueOrThrow({ where: { userId: user.id } })).passwordHash).toBeNull();
    clock.advance(-5 * MINUTE); // within five minutes of signing in
    await changePassword(ctx, { currentPassword: "", newPassword: NEW_PASSWORD });
    expect(
      await verifyPassword(
        (await db.credential.findUniqueOrThrow({ where: { userId: user.id } })).passwordHash!,
        NEW_PASSWORD,
      ),
    ).toBe(true);
  });
});

describe("profile", () => {
  it("updates the name and audits which field changed, not the values", async () => {
    const { user, ctx } = await signedIn();
    expect(await updateProfile(ctx, { name: "Renamed Person" })).toEqual({
      name: "Renamed Person",
      changed: true,
    });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).name).toBe("Renamed Person");
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { action: "account.profile.updated", actorUserId: user.id },
    });
    expect(audit.metadata).toEqual({ fields: ["name"] });
  });
});
