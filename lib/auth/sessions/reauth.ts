import "server-only";
// Re-authentication before sensitive changes (S6): changing the password, the email address or
// two-factor authentication needs the user to have proved who they are in this session within the
// last five minutes, by password or by an authenticator code. Failures are throttled like sign-in
// failures (S2) and audited (S17).
import { type RequestMeta, userActor } from "../../audit/record.ts";
import { db } from "../../db/client.ts";
import {
  checkThrottle,
  clearFailures,
  minutesToWait,
  recordFailure,
  RULES,
  type ThrottleKey,
} from "../../security/throttle.ts";
import { systemClock, type Clock } from "../../time/clock.ts";
import type { Actor } from "./actor.ts";
import { recordAuthEvent } from "../auth-audit.ts";
import { UserFacingError } from "../../errors.ts";
import { consumeTotpCode } from "../mfa/totp-store.ts";
import { verifyPassword } from "../passwords/password-hash.ts";
import { markReauthenticated } from "./session-store.ts";
import { signInThrottleKeys } from "../passwords/password-sign-in.ts";

export const REAUTH_WINDOW_MS = 5 * 60_000;
export const REAUTH_REQUIRED_MESSAGE = "For your security, confirm your password or a code first.";

/** Thrown when a sensitive change is asked for without a recent re-authentication. */
export class ReauthRequiredError extends UserFacingError {
  constructor() {
    super(REAUTH_REQUIRED_MESSAGE);
    this.name = "ReauthRequiredError";
  }
}

export function hasRecentReauth(
  actor: Pick<Actor, "reauthenticatedAt">,
  clock: Clock = systemClock,
): boolean {
  if (!actor.reauthenticatedAt) return false;
  const age = clock.now().getTime() - actor.reauthenticatedAt.getTime();
  return age >= 0 && age < REAUTH_WINDOW_MS;
}

/** Throws ReauthRequiredError (a UserFacingError) unless the session re-proved the user within 5 minutes. */
export function requireRecentReauth(
  actor: Pick<Actor, "reauthenticatedAt">,
  clock: Clock = systemClock,
): void {
  if (!hasRecentReauth(actor, clock)) throw new ReauthRequiredError();
}

export type ReauthMethods = { password: boolean; code: boolean };

/**
 * What the confirmation form asks for: the password, if the user has one; an authenticator code instead
 * when they signed in without a password (SSO, magic link) or have none, and have TOTP.
 */
export async function reauthMethods(actor: Pick<Actor, "userId" | "sessionMethod">): Promise<ReauthMethods> {
  const credential = await db.credential.findUnique({
    where: { userId: actor.userId },
    select: { passwordHash: true, totpEnabledAt: true },
  });
  const password = Boolean(credential?.passwordHash);
  const code = Boolean(credential?.totpEnabledAt) && (!password || actor.sessionMethod !== "PASSWORD");
  return { password, code };
}

export type ReauthInput = { password?: string; code?: string };
export type ReauthResult = { ok: true } | { ok: false; message: string };

const WRONG = "That password or code is not correct.";

/**
 * Checks the password (or, without one, an authenticator code) and on success marks the session as
 * re-authenticated now. A code is consumed like at sign-in, so it cannot be replayed.
 */
export async function reauthenticate(
  actor: Actor,
  input: ReauthInput,
  request: RequestMeta,
  clock: Clock = systemClock,
): Promise<ReauthResult> {
  const method = input.password ? "password" : input.code ? "totp" : null;
  if (!method) return { ok: false, message: "Enter your password or a code from your authenticator app." };
  const keys: ThrottleKey[] =
    method === "password"
      ? signInThrottleKeys(actor.email, request.ip)
      : [{ rule: RULES.mfaUser, subject: `${actor.userId}|${request.ip ?? "unknown"}` }];
  const audit = (failure: string | null) =>
    recordAuthEvent(
      actor.userId,
      {
        actor: userActor(actor),
        target: { type: "Session", id: actor.sessionId },
        request,
        ...(failure === null
          ? { action: "auth.reauthenticated", metadata: { method } }
          : { action: "auth.reauthentication.failed", metadata: { method, reason: failure } }),
      },
      clock,
    );

  const verdict = await checkThrottle(keys, clock);
  if (verdict.blocked) {
    await audit("throttled");
    return {
      ok: false,
      message: `Too many attempts. Try again in ${minutesToWait(verdict.retryAfterMs)} minutes.`,
    };
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
    await recordFailure(keys, clock);
    await audit(method === "password" ? "wrong_password" : "invalid_code");
    return { ok: false, message: WRONG };
  }
  await clearFailures(keys.slice(0, 1));
  await markReauthenticated(actor.sessionId, clock);
  await audit(null);
  return { ok: true };
}
