// The sign-in challenge (SECURITY.md S2, S4, S5, S9, S17): a code passes once, a backup code once, the
// session gets a new id, failures are throttled per user and address, every outcome audited once.
import { describe, expect, it, vi } from "vitest";
import { createOrganization } from "../../../prisma/factories.ts";
import { db } from "../../db/client.ts";
import { refusalsCounted } from "../../testing/refusals.ts";
import { fixedClock, type Clock } from "../../time/clock.ts";
import type { SignedInContext } from "../../context/context.ts";
import { createSession } from "../sessions/session-store.ts";
import { passMfaChallenge } from "./challenge.ts";
import { MFA_MESSAGES } from "./messages.ts";
import { actorFor, codeAt, contextOf, enableTotp, request, signedIn } from "./mfa-test-kit.ts";

vi.mock("../../jobs/email-jobs.ts", () => ({ requestEmailDelivery: async () => {} }));

const START = "2026-11-23T09:00:05.000Z";

/** A user with TOTP on, and a new sign-in that still owes the challenge. */
async function pendingSignIn(data: Parameters<typeof signedIn>[1] = {}) {
  const clock = fixedClock(START);
  const { user, ctx: first } = await signedIn(clock, data);
  const { secret, backupCodes } = await enableTotp(first);
  clock.advance(60_000);
  const pending = await newPending(user.id, clock);
  return { clock, user, secret, backupCodes, pending };
}

/** The context of a new session of the user that still owes the challenge. */
async function newPending(userId: string, clock: Clock): Promise<SignedInContext> {
  const session = await createSession(userId, "CUSTOMER", request, clock, { mfaVerified: false });
  return contextOf(await actorFor(userId, session.id), clock);
}

/** A refusal of the challenge, as the action wrapper would word it. */
const refused = (method: "totp" | "backup_code") => ({
  code: "invalid",
  text: MFA_MESSAGES.wrongCode[method],
});

describe("MFA challenge at sign-in (S4, S5, S9)", () => {
  it("passes with a current code: the session is replaced by one marked verified and re-authenticated (S9)", async () => {
    const org = await createOrganization();
    const { clock, user, secret, pending } = await pendingSignIn({
      memberships: [{ organizationId: org.id, role: "MEMBER" }],
    });
    const result = await passMfaChallenge(pending, { method: "totp", code: await codeAt(secret, clock) });
    expect(result).toEqual({ sessionId: expect.any(String) });
    expect(result.sessionId).not.toBe(pending.actor.sessionId);
    expect(await db.session.findUniqueOrThrow({ where: { id: pending.actor.sessionId } })).toMatchObject({
      revokedReason: "rotated",
    });
    expect(await db.session.findUniqueOrThrow({ where: { id: result.sessionId } })).toMatchObject({
      userId: user.id,
      revokedAt: null,
      mfaVerifiedAt: clock.now(),
      reauthenticatedAt: clock.now(),
    });

    const events = await db.auditEvent.findMany({
      where: { actorUserId: user.id, action: { startsWith: "mfa.challenge" } },
    });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      action: "mfa.challenge.succeeded",
      chain: `org:${org.id}`,
      organizationId: org.id,
      actorLabel: user.email,
      targetType: "Session",
      targetId: result.sessionId,
      ip: request.ip,
      userAgent: request.userAgent,
      requestId: request.requestId,
      metadata: { method: "totp", previousSessionId: pending.actor.sessionId },
    });
  });

  it("refuses the same code at a second sign-in (replay), and audits the failure once (S4, S17)", async () => {
    const { clock, user, secret, pending } = await pendingSignIn();
    const code = await codeAt(secret, clock);
    await passMfaChallenge(pending, { method: "totp", code });
    const second = await newPending(user.id, clock);
    await expect(passMfaChallenge(second, { method: "totp", code })).rejects.toMatchObject(refused("totp"));
    expect(
      (await db.session.findUniqueOrThrow({ where: { id: second.actor.sessionId } })).mfaVerifiedAt,
    ).toBeNull();
    const failures = await db.auditEvent.findMany({
      where: { actorUserId: user.id, action: "mfa.challenge.failed" },
    });
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatchObject({
      targetId: second.actor.sessionId,
      ip: request.ip,
      userAgent: request.userAgent,
      metadata: { method: "totp" },
    });
    expect(JSON.stringify(failures)).not.toContain(code);
  });

  it("of two sign-ins submitting the same code in parallel, exactly one passes (S4)", async () => {
    const { clock, user, secret, pending } = await pendingSignIn();
    const other = await newPending(user.id, clock);
    const code = await codeAt(secret, clock);
    const results = await Promise.allSettled(
      [pending, other].map((p) => passMfaChallenge(p, { method: "totp", code })),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
  });

  it("accepts a backup code once: audited, the user notified with the count left, never the code (S5)", async () => {
    const { clock, user, backupCodes, pending } = await pendingSignIn();
    const code = backupCodes[2]!;
    await passMfaChallenge(pending, { method: "backup_code", code });

    const second = await newPending(user.id, clock);
    await expect(passMfaChallenge(second, { method: "backup_code", code })).rejects.toMatchObject(
      refused("backup_code"),
    );

    const used = await db.auditEvent.findMany({
      where: { actorUserId: user.id, action: "mfa.backup_code.used" },
    });
    expect(used).toHaveLength(1);
    expect(used[0]).toMatchObject({
      ip: request.ip,
      userAgent: request.userAgent,
      metadata: { remaining: 9 },
    });
    const succeeded = await db.auditEvent.findMany({
      where: { actorUserId: user.id, action: "mfa.challenge.succeeded" },
    });
    expect(succeeded).toHaveLength(1);
    expect(succeeded[0]!.metadata).toMatchObject({ method: "backup_code" });

    const notices = await db.outboxEmail.findMany({
      where: { toAddress: user.email, subject: "A backup code was used to sign in" },
    });
    expect(notices).toHaveLength(1);
    expect(notices[0]!.textBody).toContain("Backup codes left: 9.");
    const stored = JSON.stringify([
      ...(await db.auditEvent.findMany({ where: { actorUserId: user.id } })),
      ...notices,
    ]);
    for (const c of backupCodes) expect(stored).not.toContain(c);
  });

  it("of parallel sign-ins with one backup code, exactly one passes (S5)", async () => {
    const { clock, user, backupCodes, pending } = await pendingSignIn();
    const others = [
      pending,
      await newPending(user.id, clock),
      await newPending(user.id, clock),
      await newPending(user.id, clock),
    ];
    const results = await Promise.allSettled(
      others.map((p) => passMfaChallenge(p, { method: "backup_code", code: backupCodes[0]! })),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
  });

  it("throttles after five failures from one address, even the right code; another address is unaffected; it expires (S2)", async () => {
    const { clock, user, secret, pending } = await pendingSignIn();
    for (let i = 0; i < 5; i++) {
      await expect(passMfaChallenge(pending, { method: "totp", code: "000000" })).rejects.toMatchObject(
        refused("totp"),
      );
    }
    await expect(
      passMfaChallenge(pending, { method: "totp", code: await codeAt(secret, clock) }),
    ).rejects.toMatchObject({ code: "rate_limited", retryAfterSeconds: 15 * 60 });
    expect(
      await db.auditEvent.count({ where: { actorUserId: user.id, action: "mfa.challenge.throttled" } }),
    ).toBe(1);
    // The five failures: the first is an event of its own, all are counted for the window's summary (S24).
    const failed = { actorUserId: user.id, action: "mfa.challenge.failed" };
    expect(await db.auditEvent.count({ where: failed })).toBe(1);
    expect(await refusalsCounted(failed)).toBe(5);

    const elsewhere = { ...(await newPending(user.id, clock)), request: { ...request, ip: "198.51.100.9" } };
    expect(
      await passMfaChallenge(elsewhere, { method: "totp", code: await codeAt(secret, clock) }),
    ).toMatchObject({ sessionId: expect.any(String) });

    clock.advance(15 * 60_000 + 1_000);
    expect(
      await passMfaChallenge(pending, { method: "totp", code: await codeAt(secret, clock) }),
    ).toMatchObject({ sessionId: expect.any(String) });
  });

  it("does not pass a session that was revoked meanwhile", async () => {
    const { clock, secret, pending } = await pendingSignIn();
    await db.session.update({
      where: { id: pending.actor.sessionId },
      data: { revokedAt: clock.now(), revokedReason: "sign_out" },
    });
    await expect(
      passMfaChallenge(pending, { method: "totp", code: await codeAt(secret, clock) }),
    ).rejects.toMatchObject({ code: "unauthenticated" });
  });
});
