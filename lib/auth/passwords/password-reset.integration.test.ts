// Password reset by email (SECURITY.md S1, S2, S3, S6, S10, S17): identical answers for known and
// unknown addresses, a 30-minute single-use link stored hashed, the new password through the policy,
// every session revoked, no session created (MFA is never bypassed), a security notice, all audited.
import { describe, expect, it, vi } from "vitest";
import { createOrganization, createUser } from "../../../prisma/factories.ts";
import { hashToken } from "../../crypto/token.ts";
import { db } from "../../db/client.ts";
import { outboxBody } from "../../mail/outbox.ts";
import type { RequestMeta } from "../../context/context.ts";
import { anonymousContext } from "../../testing/context.ts";
import { fixedClock, type Clock } from "../../time/clock.ts";
import { PASSWORD_MESSAGES } from "./messages.ts";
import { passwordResetStatus, requestPasswordReset, resetPassword } from "./password-reset.ts";
import { verifyPassword } from "./password-hash.ts";
import { createSession, validateSession } from "../sessions/session-store.ts";
import { signInWithPassword } from "./password-sign-in.ts";

vi.mock("../../jobs/email-jobs.ts", () => ({ requestEmailDelivery: async () => {} }));

const request = { ip: "198.51.100.31", userAgent: "Mozilla/5.0 (reset test)", requestId: "req-reset" };
const MINUTE = 60_000;
const NEW_PASSWORD = "violet tangerine harbour 42";
const invalidLink = { code: "invalid", text: PASSWORD_MESSAGES.invalidResetLink };

/** An anonymous caller from `from`, at `clock`'s time (the system clock by default). */
const caller = (from: RequestMeta, clock?: Clock) => anonymousContext({ request: from, clock });

async function tokenFromEmail(to: string): Promise<string> {
  const mail = await db.outboxEmail.findFirstOrThrow({
    where: { toAddress: to, subject: "Reset your password" },
    orderBy: { createdAt: "desc" },
  });
  const match = /\/reset-password\/([A-Za-z0-9_-]{43})\b/.exec(outboxBody(mail));
  expect(match, "the email contains a reset link").not.toBeNull();
  return match![1]!;
}

describe("password reset requests (S2, S3)", () => {
  it("answers known and unknown addresses identically; only the known one gets a hashed token and an email", async () => {
    const user = await createUser();
    const known = await requestPasswordReset(caller(request), { email: user.email });
    const unknown = await requestPasswordReset(caller(request), { email: "no-such-user@example.test" });
    expect(JSON.stringify(unknown)).toBe(JSON.stringify(known));
    expect(known).toEqual({ status: "accepted" });

    const token = await tokenFromEmail(user.email);
    const row = await db.oneTimeToken.findFirstOrThrow({ where: { userId: user.id } });
    expect(row).toMatchObject({ purpose: "PASSWORD_RESET", tokenHash: hashToken(token), usedAt: null });
    expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBe(30 * MINUTE);
    expect(await db.outboxEmail.count({ where: { toAddress: "no-such-user@example.test" } })).toBe(0);
    expect(
      await db.auditEvent.count({ where: { action: "auth.password_reset.requested", actorUserId: user.id } }),
    ).toBe(1);
    expect(
      await db.auditEvent.count({
        where: {
          action: "auth.password_reset.requested",
          actorLabel: "no-such-user@example.test",
          chain: "provider",
        },
      }),
    ).toBe(1);
  });

  it("is throttled per address with a wait time (S2)", async () => {
    const user = await createUser();
    const clock = fixedClock("2026-11-23T09:00:00.000Z");
    const from = { ...request, ip: "192.0.2.20" }; // this test's own throttle subject, on its own clock
    for (let i = 0; i < 5; i++)
      await requestPasswordReset(caller({ ...request, ip: `192.0.2.${i + 10}` }, clock), {
        email: user.email,
      });
    expect(await requestPasswordReset(caller(from, clock), { email: user.email })).toEqual({
      status: "throttled",
      minutes: 60,
    });
  });
});

describe("resetting the password (S1, S6, S10, S17)", () => {
  it("sets the new password, revokes every session, signs nobody in, notifies and audits; the link works once", async () => {
    const org = await createOrganization();
    const user = await createUser({ memberships: [{ organizationId: org.id, role: "MEMBER" }] });
    const clock = fixedClock("2026-11-23T10:00:00.000Z");
    const from = { ...request, ip: "192.0.2.21" }; // this test's own throttle subject, on its own clock
    const sessions = await Promise.all([
      createSession(user.id, "CUSTOMER", from, clock),
      createSession(user.id, "CUSTOMER", from, clock),
    ]);
    await requestPasswordReset(caller(from, clock), { email: user.email });
    const token = await tokenFromEmail(user.email);
    const sessionCount = await db.session.count({ where: { userId: user.id } });

    clock.advance(29 * MINUTE);
    await resetPassword(caller(from, clock), { token, password: NEW_PASSWORD });

    const credential = await db.credential.findUniqueOrThrow({ where: { userId: user.id } });
    expect(await verifyPassword(credential.passwordHash!, NEW_PASSWORD)).toBe(true);
    expect(await verifyPassword(credential.passwordHash!, user.password)).toBe(false);
    expect(credential.passwordChangedAt).toEqual(clock.now());
    for (const s of sessions)
      expect(await validateSession(s.id, clock), "every session ends (S10)").toBeNull();
    expect(await db.session.count({ where: { userId: user.id } }), "no session is created (S6)").toBe(
      sessionCount,
    );
    expect(await passwordResetStatus(caller(from, clock), token)).toBe("used");

    const notice = await db.outboxEmail.findFirstOrThrow({
      where: { toAddress: user.email, subject: "Your password was reset" },
    });
    expect(notice.textBody).not.toContain(NEW_PASSWORD);
    const completed = await db.auditEvent.findMany({
      where: { action: "auth.password_reset.completed", actorUserId: user.id },
    });
    expect(completed).toHaveLength(1);
    expect(completed[0]).toMatchObject({
      chain: `org:${org.id}`,
      ip: from.ip,
      userAgent: from.userAgent,
      requestId: from.requestId,
    });
    expect(completed[0]!.metadata).toMatchObject({ sessionsRevoked: 2 });
    const everything = JSON.stringify([
      await db.auditEvent.findMany(),
      await db.oneTimeToken.findMany(),
      await db.credential.findMany(),
      await db.outboxEmail.findMany(),
    ]);
    expect(everything).not.toContain(NEW_PASSWORD);
    expect(everything).not.toContain(token);

    await expect(
      resetPassword(caller(from, clock), { token, password: "another fine passphrase" }),
    ).rejects.toMatchObject(invalidLink);
    // Signing in with the new password works (and would owe MFA if enrolled: the normal pipeline).
    expect(
      await signInWithPassword(caller(from, clock), { email: user.email, password: NEW_PASSWORD }),
    ).toMatchObject({ ok: true });
  });

  it("keeps the link usable when the new password is refused by the policy (S1)", async () => {
    const user = await createUser({ email: "ada.lovelace@example.test", name: "Ada Lovelace" });
    await requestPasswordReset(caller(request), { email: user.email });
    const token = await tokenFromEmail(user.email);
    await expect(resetPassword(caller(request), { token, password: "password1" })).rejects.toMatchObject({
      code: "invalid",
      text: PASSWORD_MESSAGES.weakness.common,
    });
    await expect(resetPassword(caller(request), { token, password: "short" })).rejects.toMatchObject({
      code: "invalid",
      text: PASSWORD_MESSAGES.weakness.too_short,
    });
    await expect(resetPassword(caller(request), { token, password: "Ada Lovelace" })).rejects.toMatchObject({
      code: "invalid",
      text: PASSWORD_MESSAGES.weakness.personal,
    });
    expect(await passwordResetStatus(caller(request), token)).toBe("valid");
    await resetPassword(caller(request), { token, password: NEW_PASSWORD });
    expect(await passwordResetStatus(caller(request), token)).toBe("used");
  });

  it("refuses an expired link (30 minutes) and leaves the password as it was", async () => {
    const user = await createUser();
    const clock = fixedClock("2026-11-23T11:00:00.000Z");
    const from = { ...request, ip: "192.0.2.22" }; // this test's own throttle subject, on its own clock
    await requestPasswordReset(caller(from, clock), { email: user.email });
    const token = await tokenFromEmail(user.email);
    clock.advance(30 * MINUTE);
    await expect(resetPassword(caller(from, clock), { token, password: NEW_PASSWORD })).rejects.toMatchObject(
      invalidLink,
    );
    const credential = await db.credential.findUniqueOrThrow({ where: { userId: user.id } });
    expect(await verifyPassword(credential.passwordHash!, user.password)).toBe(true);
    const refused = await db.auditEvent.findFirstOrThrow({
      where: { action: "auth.password_reset.refused", actorUserId: user.id },
    });
    expect(refused.metadata).toMatchObject({ reason: "expired" });
  });

  it("two simultaneous resets with one link: exactly one succeeds", async () => {
    const user = await createUser();
    await requestPasswordReset(caller(request), { email: user.email });
    const token = await tokenFromEmail(user.email);
    const outcomes = await Promise.allSettled([
      resetPassword(caller(request), { token, password: "first parallel passphrase" }),
      resetPassword(caller(request), { token, password: "second parallel passphrase" }),
    ]);
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    expect(
      await db.auditEvent.count({ where: { action: "auth.password_reset.completed", actorUserId: user.id } }),
    ).toBe(1);
  });

  it("voids the user's other outstanding links (an older reset link, a magic link)", async () => {
    const user = await createUser();
    const clock = fixedClock("2026-11-23T12:00:00.000Z");
    const from = { ...request, ip: "192.0.2.23" }; // this test's own throttle subject, on its own clock
    await requestPasswordReset(caller(from, clock), { email: user.email });
    const older = await tokenFromEmail(user.email);
    clock.advance(MINUTE);
    await requestPasswordReset(caller(from, clock), { email: user.email });
    const newer = await tokenFromEmail(user.email);
    expect(newer).not.toBe(older);
    await resetPassword(caller(from, clock), { token: newer, password: NEW_PASSWORD });
    expect(await passwordResetStatus(caller(from, clock), older)).toBe("used");
    expect(await db.oneTimeToken.count({ where: { userId: user.id, usedAt: null } })).toBe(0);
  });
});
