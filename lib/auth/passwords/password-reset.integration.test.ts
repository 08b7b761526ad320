// Password reset by email (SECURITY.md S1, S2, S3, S6, S10, S17): identical answers for known and
// unknown addresses, a 30-minute single-use link stored hashed, the new password through the policy,
// every session revoked, no session created (MFA is never bypassed), a security notice, all audited.
import { describe, expect, it, vi } from "vitest";
import { createOrganization, createUser } from "../../../prisma/factories.ts";
import { hashToken } from "../../crypto/token.ts";
import { db } from "../../db/client.ts";
import { outboxBody } from "../../mail/outbox.ts";
import { fixedClock } from "../../time/clock.ts";
import {
  INVALID_RESET_LINK,
  passwordResetStatus,
  requestPasswordReset,
  resetPassword,
} from "./password-reset.ts";
import { verifyPassword } from "./password-hash.ts";
import { createSession, validateSession } from "../sessions/session-store.ts";
import { signInWithPassword } from "./password-sign-in.ts";

vi.mock("../../jobs/email-jobs.ts", () => ({ requestEmailDelivery: async () => {} }));

const request = { ip: "198.51.100.31", userAgent: "Mozilla/5.0 (reset test)", requestId: "req-reset" };
const MINUTE = 60_000;
const NEW_PASSWORD = "violet tangerine harbour 42";

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
    const known = await requestPasswordReset({ email: user.email }, request);
    const unknown = await requestPasswordReset({ email: "no-such-user@example.test" }, request);
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
    for (let i = 0; i < 5; i++)
      await requestPasswordReset({ email: user.email }, { ...request, ip: `192.0.2.${i + 10}` }, { clock });
    expect(await requestPasswordReset({ email: user.email }, request, { clock })).toEqual({
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
    const sessions = await Promise.all([
      createSession(user.id, "CUSTOMER", request, clock),
      createSession(user.id, "CUSTOMER", request, clock),
    ]);
    await requestPasswordReset({ email: user.email }, request, { clock });
    const token = await tokenFromEmail(user.email);
    const sessionCount = await db.session.count({ where: { userId: user.id } });

    clock.advance(29 * MINUTE);
    await resetPassword({ token, password: NEW_PASSWORD }, request, clock);

    const credential = await db.credential.findUniqueOrThrow({ where: { userId: user.id } });
    expect(await verifyPassword(credential.passwordHash!, NEW_PASSWORD)).toBe(true);
    expect(await verifyPassword(credential.passwordHash!, user.password)).toBe(false);
    expect(credential.passwordChangedAt).toEqual(clock.now());
    for (const s of sessions)
      expect(await validateSession(s.id, clock), "every session ends (S10)").toBeNull();
    expect(await db.session.count({ where: { userId: user.id } }), "no session is created (S6)").toBe(
      sessionCount,
    );
    expect(await passwordResetStatus(token, clock)).toBe("used");

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
      ip: request.ip,
      userAgent: request.userAgent,
      requestId: request.requestId,
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
      resetPassword({ token, password: "another fine passphrase" }, request, clock),
    ).rejects.toThrow(INVALID_RESET_LINK);
    // Signing in with the new password works (and would owe MFA if enrolled: the normal pipeline).
    expect(
      await signInWithPassword({ email: user.email, password: NEW_PASSWORD }, request, clock),
    ).toMatchObject({ ok: true });
  });

  it("keeps the link usable when the new password is refused by the policy (S1)", async () => {
    const user = await createUser({ email: "ada.lovelace@example.test", name: "Ada Lovelace" });
    await requestPasswordReset({ email: user.email }, request);
    const token = await tokenFromEmail(user.email);
    await expect(resetPassword({ token, password: "password1" }, request)).rejects.toThrow(/too common/);
    await expect(resetPassword({ token, password: "short" }, request)).rejects.toThrow(
      "Use at least 8 characters.",
    );
    await expect(resetPassword({ token, password: "Ada Lovelace" }, request)).rejects.toThrow(
      /email address or name/,
    );
    expect(await passwordResetStatus(token)).toBe("valid");
    await resetPassword({ token, password: NEW_PASSWORD }, request);
    expect(await passwordResetStatus(token)).toBe("used");
  });

  it("refuses an expired link (30 minutes) and leaves the password as it was", async () => {
    const user = await createUser();
    const clock = fixedClock("2026-11-23T11:00:00.000Z");
    await requestPasswordReset({ email: user.email }, request, { clock });
    const token = await tokenFromEmail(user.email);
    clock.advance(30 * MINUTE);
    await expect(resetPassword({ token, password: NEW_PASSWORD }, request, clock)).rejects.toThrow(
      INVALID_RESET_LINK,
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
    await requestPasswordReset({ email: user.email }, request);
    const token = await tokenFromEmail(user.email);
    const outcomes = await Promise.allSettled([
      resetPassword({ token, password: "first parallel passphrase" }, request),
      resetPassword({ token, password: "second parallel passphrase" }, request),
    ]);
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    expect(
      await db.auditEvent.count({ where: { action: "auth.password_reset.completed", actorUserId: user.id } }),
    ).toBe(1);
  });

  it("voids the user's other outstanding links (an older reset link, a magic link)", async () => {
    const user = await createUser();
    const clock = fixedClock("2026-11-23T12:00:00.000Z");
    await requestPasswordReset({ email: user.email }, request, { clock });
    const older = await tokenFromEmail(user.email);
    clock.advance(MINUTE);
    await requestPasswordReset({ email: user.email }, request, { clock });
    const newer = await tokenFromEmail(user.email);
    expect(newer).not.toBe(older);
    await resetPassword({ token: newer, password: NEW_PASSWORD }, request, clock);
    expect(await passwordResetStatus(older, clock)).toBe("used");
    expect(await db.oneTimeToken.count({ where: { userId: user.id, usedAt: null } })).toBe(0);
  });
});
