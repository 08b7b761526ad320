import "server-only";
// Email + password sign-in and sign-out, throttled (S2), without revealing whether an account exists
// (S3), with every outcome audited (S17); repeated failures and throttled attempts are summarised (S24).
import { z } from "zod";
import { userActor } from "../../audit/record.ts";
import type { Context } from "../../context/context.ts";
import { db } from "../../db/client.ts";
import {
  clearFailures,
  consumeAttempt,
  releaseAttempt,
  RULES,
  type ThrottleKey,
} from "../../security/throttle.ts";
import { recordAuthEvent, recordAuthRefusal } from "../auth-audit.ts";
import { clearSessionCookie, sessionIdFromCookie } from "../sessions/session-cookie.ts";
import { revokeSession } from "../sessions/session-store.ts";
import { startSession } from "../sessions/start-session.ts";
import { decoyHash, verifyPassword } from "./password-hash.ts";

export const signInInput = z.strictObject({
  email: z.string().trim().toLowerCase().email().max(320),
  password: z.string().min(1).max(1024),
});

export type SignInResult =
  | { ok: true; userId: string; sessionId: string; next: "none" | "challenge" | "enrol" }
  | { ok: false; reason: "invalid" | "sso_required" }
  | { ok: false; reason: "throttled"; retryAfterMs: number };

export function signInThrottleKeys(email: string | null, ip: string | null): ThrottleKey[] {
  const address = ip ?? "unknown";
  return [
    { rule: RULES.signInAccountIp, subject: `${email ?? "(invalid)"}|${address}` },
    { rule: RULES.signInIp, subject: address },
  ];
}

/** Checks an anonymous caller's email and password and starts their session (the caller sets the cookie). */
export async function signInWithPassword(ctx: Context, raw: unknown): Promise<SignInResult> {
  const { request, clock } = ctx;
  const parsed = signInInput.safeParse(raw);
  const email = parsed.success ? parsed.data.email : null;
  const throttleKeys = signInThrottleKeys(email, request.ip);
  // The attempt is counted before the password is checked, so simultaneous guesses cannot overrun the limit.
  const verdict = await consumeAttempt(throttleKeys, clock);
  if (verdict.blocked) {
    await recordAuthRefusal(
      null,
      {
        actor: { userId: null, label: email ?? "(invalid email)" },
        action: "auth.sign_in.throttled",
        request,
        metadata: { email },
      },
      request.ip ?? "unknown", // whatever addresses it names, a blocked client is summarised as one
      clock,
    );
    return { ok: false, reason: "throttled", retryAfterMs: verdict.retryAfterMs };
  }

  const user = email
    ? await db.user.findUnique({
        where: { email },
        select: { id: true, email: true, disabledAt: true, credential: { select: { passwordHash: true } } },
      })
    : null;
  // Always run one argon2 verification, so response time does not reveal whether the account exists (S3).
  const hash = user?.credential?.passwordHash ?? (await decoyHash());
  const passwordOk = parsed.success && (await verifyPassword(hash, parsed.data.password));
  const reason = !parsed.success
    ? "invalid_input"
    : !user
      ? "unknown_email"
      : !user.credential?.passwordHash
        ? "no_password"
        : user.disabledAt
          ? "account_disabled"
          : !passwordOk
            ? "wrong_password"
            : null;

  if (reason || !user) {
    await recordAuthRefusal(
      user?.id ?? null,
      {
        actor: { userId: user?.id ?? null, label: email ?? "(invalid email)" },
        action: "auth.sign_in.failed",
        request,
        metadata: { reason, email },
      },
      throttleKeys[0]!.subject,
      clock,
    );
    return { ok: false, reason: "invalid" };
  }
  // The right password: the account's failures are forgotten, the address gets its attempt back.
  await clearFailures(throttleKeys.slice(0, 1));
  await releaseAttempt(throttleKeys.slice(1));
  const started = await startSession(ctx, { userId: user.id, method: "PASSWORD" });
  if (!started.ok)
    return { ok: false, reason: started.reason === "sso_required" ? "sso_required" : "invalid" };
  return started;
}

/**
 * Ends the session this browser's cookie names, also one that still owes its second factor, and clears
 * the cookie. Audited once: a session already ended records nothing more.
 */
export async function signOut(ctx: Context): Promise<{ signedOut: boolean }> {
  const sessionId = await sessionIdFromCookie(ctx.cookies);
  clearSessionCookie(ctx.cookies);
  const session = sessionId
    ? await db.session.findUnique({
        where: { id: sessionId },
        select: { id: true, user: { select: { id: true, email: true } } },
      })
    : null;
  if (!session || !(await revokeSession(session.id, "sign_out", ctx.clock))) return { signedOut: false };
  await recordAuthEvent(
    session.user.id,
    {
      actor: userActor({ userId: session.user.id, email: session.user.email }),
      action: "auth.sign_out",
      target: { type: "Session", id: session.id },
      request: ctx.request,
    },
    ctx.clock,
  );
  return { signedOut: true };
}
