// Turning TOTP on (SECURITY.md S4, S6, S9, S10, S17): enabled only after the first valid code, the secret
// sealed while pending, sessions rotated and revoked, the user notified, every step audited once.
import { describe, expect, it, vi } from "vitest";
import { createOrganization } from "../../../prisma/factories.ts";
import { db } from "../../db/client.ts";
import { fixedClock } from "../../time/clock.ts";
import { createSession } from "../sessions/session-store.ts";
import { confirmTotpEnrolment, startTotpEnrolment } from "./enrolment.ts";
import { MFA_MESSAGES } from "./messages.ts";
import { actorFor, codeAt, contextOf, request, signedIn } from "./mfa-test-kit.ts";
import { openTotpSecret } from "./totp-store.ts";

vi.mock("../../jobs/email-jobs.ts", () => ({ requestEmailDelivery: async () => {} }));

const START = "2026-11-23T09:00:05.000Z";
const secretOf = (manualKey: string) => manualKey.replace(/\s/g, "");

describe("TOTP enrolment (S4, S6)", () => {
  it("keeps the new secret pending and sealed; a wrong code does not enable anything (S6)", async () => {
    const clock = fixedClock(START);
    const { actor, ctx } = await signedIn(clock);
    const started = await startTotpEnrolment(ctx);
    expect(started.qrCodeDataUrl).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(started.manualKey).toMatch(/^([A-Z2-7]{4} ){7}[A-Z2-7]{4}$/);
    const secret = secretOf(started.manualKey);

    const pending = await db.credential.findUniqueOrThrow({ where: { userId: actor.userId } });
    expect(pending).toMatchObject({ totpEnabledAt: null, totpSecretEnc: null, totpLastTimeStep: null });
    expect(pending.totpPendingSecretEnc).not.toContain(secret);
    expect(openTotpSecret(actor.userId, pending.totpPendingSecretEnc!)).toBe(secret);

    const wrong = String((Number(await codeAt(secret, clock)) + 1) % 1_000_000).padStart(6, "0");
    const wrongCode = { code: "invalid", text: MFA_MESSAGES.enrolmentCodeWrong };
    await expect(confirmTotpEnrolment(ctx, wrong)).rejects.toMatchObject(wrongCode);
    await expect(confirmTotpEnrolment(ctx, "")).rejects.toMatchObject(wrongCode);
    const after = await db.credential.findUniqueOrThrow({ where: { userId: actor.userId } });
    expect(after).toMatchObject({ totpEnabledAt: null, totpSecretEnc: null });
    expect(await db.backupCode.count({ where: { userId: actor.userId } })).toBe(0);
    expect(await db.auditEvent.count({ where: { action: "mfa.enabled", actorUserId: actor.userId } })).toBe(
      0,
    );
    expect(await db.outboxEmail.count({ where: { toAddress: actor.email } })).toBe(0);
  });

  it("enables with the first valid code: secret moved, step recorded, ten backup codes, sessions rotated and revoked (S4, S9, S10)", async () => {
    const clock = fixedClock(START);
    const org = await createOrganization();
    const { user, actor, ctx } = await signedIn(clock, {
      memberships: [{ organizationId: org.id, role: "MEMBER" }],
    });
    const otherSession = await createSession(user.id, "CUSTOMER", request, clock);
    const started = await startTotpEnrolment(ctx);
    const secret = secretOf(started.manualKey);
    clock.advance(20_000);

    const done = await confirmTotpEnrolment(ctx, await codeAt(secret, clock));

    expect(done.backupCodes).toHaveLength(10);
    const credential = await db.credential.findUniqueOrThrow({ where: { userId: user.id } });
    expect(credential).toMatchObject({
      totpEnabledAt: clock.now(),
      totpPendingSecretEnc: null,
      totpLastTimeStep: Math.floor(clock.now().getTime() / 30_000),
    });
    expect(openTotpSecret(user.id, credential.totpSecretEnc!)).toBe(secret);
    expect(await db.backupCode.count({ where: { userId: user.id, usedAt: null } })).toBe(10);

    const sessions = await db.session.findMany({ where: { userId: user.id } });
    expect(sessions.find((s) => s.id === actor.sessionId)).toMatchObject({ revokedReason: "rotated" });
    expect(sessions.find((s) => s.id === otherSession.id)).toMatchObject({ revokedReason: "mfa_enabled" });
    const current = sessions.find((s) => s.id === done.sessionId)!;
    expect(current).toMatchObject({ revokedAt: null, mfaVerifiedAt: clock.now() });
    expect(sessions.filter((s) => s.revokedAt === null)).toHaveLength(1);
  });

  it("audits the start and the enabling once each, with actor, ip, user agent and organisation (S17)", async () => {
    const clock = fixedClock(START);
    const org = await createOrganization();
    const { user, ctx } = await signedIn(clock, {
      memberships: [{ organizationId: org.id, role: "ADMIN" }],
    });
    const started = await startTotpEnrolment(ctx);
    const done = await confirmTotpEnrolment(ctx, await codeAt(secretOf(started.manualKey), clock));

    const events = await db.auditEvent.findMany({ where: { actorUserId: user.id }, orderBy: { seq: "asc" } });
    expect(events.map((e) => e.action)).toEqual(["mfa.enrolment.started", "mfa.enabled"]);
    expect(events[1]).toMatchObject({
      chain: `org:${org.id}`,
      organizationId: org.id,
      actorLabel: user.email,
      targetType: "Session",
      targetId: done.sessionId,
      ip: request.ip,
      userAgent: request.userAgent,
      requestId: request.requestId,
      createdAt: clock.now(),
      metadata: { otherSessionsRevoked: 0 },
    });
    const everything = JSON.stringify(events);
    expect(everything).not.toContain(secretOf(started.manualKey));
    for (const code of done.backupCodes) expect(everything).not.toContain(code);
  });

  it("emails the user a notice without the secret or any code (S6)", async () => {
    const clock = fixedClock(START);
    const { user, ctx } = await signedIn(clock);
    const started = await startTotpEnrolment(ctx);
    const code = await codeAt(secretOf(started.manualKey), clock);
    const done = await confirmTotpEnrolment(ctx, code);

    const mails = await db.outboxEmail.findMany({ where: { toAddress: user.email } });
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({
      toAddress: user.email,
      subject: "Two-factor authentication was turned on",
    });
    expect(mails[0]!.textBody).toContain(request.ip);
    for (const secret of [secretOf(started.manualKey), code, ...done.backupCodes])
      expect(mails[0]!.textBody).not.toContain(secret);
  });

  it("refuses to start without a re-authentication in the last five minutes (S6)", async () => {
    const clock = fixedClock(START);
    const { actor, ctx } = await signedIn(clock);
    clock.advance(5 * 60_000 + 1);
    await expect(startTotpEnrolment(ctx)).rejects.toMatchObject({ code: "forbidden", reauthenticate: true });
    expect(
      (await db.credential.findUniqueOrThrow({ where: { userId: actor.userId } })).totpPendingSecretEnc,
    ).toBeNull();
  });

  it("refuses to confirm without a started set-up, and to start or confirm once enabled", async () => {
    const clock = fixedClock(START);
    const { actor, ctx } = await signedIn(clock);
    await expect(confirmTotpEnrolment(ctx, "123456")).rejects.toMatchObject({
      code: "conflict",
      text: MFA_MESSAGES.nothingPending,
    });
    const started = await startTotpEnrolment(ctx);
    const done = await confirmTotpEnrolment(ctx, await codeAt(secretOf(started.manualKey), clock));
    const rotated = contextOf(await actorFor(actor.userId, done.sessionId), clock);
    const alreadyOn = { code: "conflict", text: MFA_MESSAGES.alreadyOn };
    await expect(startTotpEnrolment(rotated)).rejects.toMatchObject(alreadyOn);
    clock.advance(30_000);
    await expect(
      confirmTotpEnrolment(rotated, await codeAt(secretOf(started.manualKey), clock)),
    ).rejects.toMatchObject(alreadyOn);
  });

  it("a restarted set-up replaces the pending secret: codes of the first one no longer confirm", async () => {
    const clock = fixedClock(START);
    const { ctx } = await signedIn(clock);
    const first = await startTotpEnrolment(ctx);
    const second = await startTotpEnrolment(ctx);
    expect(second.manualKey).not.toBe(first.manualKey);
    await expect(
      confirmTotpEnrolment(ctx, await codeAt(secretOf(first.manualKey), clock)),
    ).rejects.toMatchObject({ code: "invalid", text: MFA_MESSAGES.enrolmentCodeWrong });
    await expect(
      confirmTotpEnrolment(ctx, await codeAt(secretOf(second.manualKey), clock)),
    ).resolves.toMatchObject({
      backupCodes: expect.any(Array),
    });
  });

  it("of two confirmations racing with the same code, exactly one enables (one set of backup codes)", async () => {
    const clock = fixedClock(START);
    const { actor, ctx } = await signedIn(clock);
    const started = await startTotpEnrolment(ctx);
    const code = await codeAt(secretOf(started.manualKey), clock);
    const results = await Promise.allSettled([1, 2, 3].map(() => confirmTotpEnrolment(ctx, code)));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await db.backupCode.count({ where: { userId: actor.userId } })).toBe(10);
    expect(await db.auditEvent.count({ where: { action: "mfa.enabled", actorUserId: actor.userId } })).toBe(
      1,
    );
    expect(await db.outboxEmail.count({ where: { toAddress: actor.email } })).toBe(1);
  });

  it("works for a user without a credential row yet (signed up through SSO)", async () => {
    const clock = fixedClock(START);
    const { actor, ctx } = await signedIn(clock);
    await db.credential.delete({ where: { userId: actor.userId } });
    const started = await startTotpEnrolment(ctx);
    await confirmTotpEnrolment(ctx, await codeAt(secretOf(started.manualKey), clock));
    expect(await db.credential.findUniqueOrThrow({ where: { userId: actor.userId } })).toMatchObject({
      passwordHash: null,
      totpEnabledAt: clock.now(),
    });
  });
});
