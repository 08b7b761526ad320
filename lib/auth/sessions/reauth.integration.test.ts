// Re-authentication (SECURITY.md S2, S6, S17): the password or an authenticator code marks the session
// re-authenticated; failures are throttled like sign-in failures and audited; codes cannot be replayed.
import { describe, expect, it, vi } from "vitest";
import { db } from "../../db/client.ts";
import { refusalsCounted } from "../../testing/refusals.ts";
import { fixedClock } from "../../time/clock.ts";
import { actorFor, codeAt, contextOf, enableTotp, request, signedIn } from "../mfa/mfa-test-kit.ts";
import { SESSION_MESSAGES } from "./messages.ts";
import { hasRecentReauth, reauthenticate, reauthMethods } from "./reauth.ts";
import { createSession } from "./session-store.ts";

vi.mock("../../jobs/email-jobs.ts", () => ({ requestEmailDelivery: async () => {} }));

const START = "2026-11-23T09:00:05.000Z";

describe("re-authentication (S6)", () => {
  it("with the right password marks the session and audits once, without the password (S17)", async () => {
    const clock = fixedClock(START);
    const { user, actor, ctx } = await signedIn(clock);
    clock.advance(10 * 60_000);
    expect(hasRecentReauth(await actorFor(user.id, actor.sessionId), clock)).toBe(false);

    expect(await reauthenticate(ctx, { password: user.password })).toEqual({ method: "password" });

    const refreshed = await actorFor(user.id, actor.sessionId);
    expect(refreshed.reauthenticatedAt).toEqual(clock.now());
    expect(hasRecentReauth(refreshed, clock)).toBe(true);
    const events = await db.auditEvent.findMany({ where: { actorUserId: user.id } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      action: "auth.reauthenticated",
      targetId: actor.sessionId,
      ip: request.ip,
      userAgent: request.userAgent,
      metadata: { method: "password" },
    });
    expect(JSON.stringify(events)).not.toContain(user.password);
  });

  it("with a wrong password changes nothing, audits the failure, and is throttled after ten (S2)", async () => {
    const clock = fixedClock(START);
    const { user, actor, ctx } = await signedIn(clock);
    clock.advance(10 * 60_000);
    for (let i = 0; i < 10; i++) {
      await expect(reauthenticate(ctx, { password: `wrong-${i}` })).rejects.toMatchObject({
        code: "invalid",
        text: SESSION_MESSAGES.reauthWrong,
      });
    }
    await expect(reauthenticate(ctx, { password: user.password })).rejects.toMatchObject({
      code: "rate_limited",
      retryAfterSeconds: 15 * 60,
    });
    expect(hasRecentReauth(await actorFor(user.id, actor.sessionId), clock)).toBe(false);
    // One event for the wrong passwords and one for the throttled attempt; all eleven counted (S24).
    const failed = { actorUserId: user.id, action: "auth.reauthentication.failed" };
    const failures = await db.auditEvent.findMany({ where: failed });
    expect(failures.map((f) => (f.metadata as { reason?: string }).reason).sort()).toEqual([
      "throttled",
      "wrong_password",
    ]);
    expect(await refusalsCounted(failed)).toBe(11);
  });

  it("with an authenticator code, once: the same code cannot re-authenticate again (S4)", async () => {
    const clock = fixedClock(START);
    const { ctx: first } = await signedIn(clock);
    const { secret, ctx } = await enableTotp(first);
    clock.advance(30_000);
    const code = await codeAt(secret, clock);
    expect(await reauthenticate(ctx, { code })).toEqual({ method: "totp" });
    await expect(reauthenticate(ctx, { code })).rejects.toMatchObject({
      code: "invalid",
      text: SESSION_MESSAGES.reauthWrong,
    });
  });

  it("asks for something when given nothing", async () => {
    const clock = fixedClock(START);
    const { ctx } = await signedIn(clock);
    await expect(reauthenticate(ctx, {})).rejects.toMatchObject({
      code: "invalid",
      text: SESSION_MESSAGES.reauthMissing,
    });
  });

  it("offers the password, or a code when the session did not start with a password", async () => {
    const clock = fixedClock(START);
    const { user, actor, ctx } = await signedIn(clock);
    expect(await reauthMethods(ctx)).toEqual({ password: true, code: false });
    await enableTotp(ctx);
    const withSession = async (sessionId: string) => contextOf(await actorFor(user.id, sessionId), clock);
    expect(await reauthMethods(await withSession(actor.sessionId))).toEqual({
      password: true,
      code: false,
    });
    const sso = await createSession(user.id, "CUSTOMER", request, clock, {
      method: "SSO",
      mfaVerified: true,
    });
    expect(await reauthMethods(await withSession(sso.id))).toEqual({ password: true, code: true });
    await db.credential.update({ where: { userId: user.id }, data: { passwordHash: null } });
    expect(await reauthMethods(await withSession(actor.sessionId))).toEqual({
      password: false,
      code: true,
    });
  });
});
