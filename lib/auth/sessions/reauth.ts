import "server-only";
// Re-authentication before sensitive changes (S6): changing the password, the email address or
// two-factor authentication needs the user to have proved who they are in this session within the
// last five minutes, by password or by an authenticator code. Attempts are counted before the secret
// is checked, like sign-in attempts (S2); failures are audited (S17), repeated ones summarised (S24).
import { userActor } from "../../audit/record.ts";
import type { SignedInContext } from "../../context/context.ts";
import { db } from "../../db/client.ts";
import { AppError } from "../../errors.ts";
import {
  clearFailures,
  consumeAttempt,
  minutesToWait,
  releaseAttempt,
  RULES,
  type ThrottleKey,
} from "../../security/throttle.ts";
import type { Clock } from "../../time/clock.ts";
import { recordAuthEvent, recordAuthRefusal } from "../auth-audit.ts";
import { consumeTotpCode } from "../mfa/totp-store.ts";
import { verifyPassword } from "../passwords/password-hash.ts";
import { signInThrottleKeys } from "../passwords/password-sign-in.ts";
import type { Actor } from "./actor.ts";
import { SESSION_MESSAGES } from "./messages.ts";
import { markReauthenticated } from "./session-store.ts";

export const REAUTH_WINDOW_MS = 5 * 60_000;

/** The refusal of a sensitive change without a recent re-authentication (the form then asks for it). */
export function reauthRequiredError(): AppError {
  return new AppError("forbidden", SESSION_MESSAGES.reauthRequired, { reauthenticate: true });
}

export function hasRecentReauth(actor: Pick<Actor, "reauthenticatedAt">, clock: Clock): boolean {
  if (!actor.reauthenticatedAt) return false;
  const age = clock.now().getTime() - actor.reauthenticatedAt.getTime();
  return age >= 0 && age < REAUTH_WINDOW_MS;
}

/** Throws `reauthRequiredError()` unless the session re-proved the user within 5 minutes. */
export function requireRecentReauth(actor: Pick<Actor, "reauthenticatedAt">, clock: Clock): void {
  if (!hasRecentReauth(actor, clock)) throw reauthRequiredError();
}

export type ReauthMethods = { password: boolean; code: boolean };

/**
 * What the confirmation form asks the caller for: the password, if they have one; an authenticator code
 * instead when they signed in without a password (SSO, magic link) or have none, and have TOTP.
 */
export async function reauthMethods(ctx: SignedInContext): Promise<ReauthMethods> {
  const credential = await db.credential.findUnique({
    where: { userId: ctx.actor.userId },
    select: { passwordHash: true, totpEnabledAt: true },
  });
  const password = Boolean(credential?.passwordHash);
  const code = Boolean(credential?.totpEnabledAt) && (!password || ctx.actor.sessionMethod !== "PASSWORD");
  return { password, code };
}

export type ReauthInput = { password?: string; code?: string };

/**
 * Checks the caller's password (or, without one, an authenticator code) and on success marks the
 * session as re-authenticated now. A code is consumed like at sign-in, so it cannot be replayed.
 * Refusals: `invalid` (nothing given, or wrong), `rate_limited` (too many failures).
 */
export async function reauthenticate(
  ctx: SignedInContext,
  input: ReauthInput,
): Promise<{ method: "password" | "totp" }> {
  const { actor, request, clock } = ctx;
  const method = input.password ? "password" : input.code ? "totp" : null;
  if (!method) throw new AppError("invalid", SESSION_MESSAGES.reauthMissing);
  const keys: ThrottleKey[] =
    method === "password"
      ? signInThrottleKeys(actor.email, request.ip)
      : [{ rule: RULES.mfaUser, subject: `${actor.userId}|${request.ip ?? "unknown"}` }];
  const event = (failure: string | null) => ({
    actor: userActor(actor),
    target: { type: "Session", id: actor.sessionId },
    request,
    ...(failure === null
      ? { action: "auth.reauthenticated" as const, metadata: { method } }
      : { action: "auth.reauthentication.failed" as const, metadata: { method, reason: failure } }),
  });
  // Counted by user, address and reason: a throttled run is summarised apart from the wrong secrets.
  const refused = (reason: string) =>
    recordAuthRefusal(
      actor.userId,
      event(reason),
      `${actor.userId}|${request.ip ?? "unknown"}|${reason}`,
      clock,
    );

  const verdict = await consumeAttempt(keys, clock);
  if (verdict.blocked) {
    await refused("throttled");
    const minutes = minutesToWait(verdict.retryAfterMs);
    throw new AppError("rate_limited", SESSION_MESSAGES.throttled(minutes), {
      retryAfterSeconds: Math.ceil(verdict.retryAfterMs / 1000),
    });
  }

  let ok = false;
  if (method === "password") {
    const credential = await db.credential.findUnique({
      where: { userId: actor.userId },
      select: { passwordHash: true },
    });
    ok =
      Boolean(credential?.passwordHash) && (await verifyPassword(credential!.passwordHash!, input.password!));
  } else {
    ok = await consumeTotpCode(actor.userId, input.code!, clock);
  }
  if (!ok) {
    await refused(method === "password" ? "wrong_password" : "invalid_code");
    throw new AppError("invalid", SESSION_MESSAGES.reauthWrong);
  }
  // The right secret: the account's failures are forgotten, a shared address key gets its attempt back.
  await clearFailures(keys.slice(0, 1));
  await releaseAttempt(keys.slice(1));
  await markReauthenticated(actor.sessionId, clock);
  await recordAuthEvent(actor.userId, event(null), clock);
  return { method };
}
