import "server-only";
// The second step of signing in (S4, S5, S8, S9): a session that owes MFA becomes usable after a code
// from the authenticator app or one backup code. Attempts are throttled per user and address (S2),
// every outcome is audited (S17), and success gives the session a new id (S9).
import type { RequestMeta } from "../../audit/record.ts";
import { db } from "../../db/client.ts";
import { requestEmailDelivery } from "../../jobs/email-jobs.ts";
import {
  checkThrottle,
  clearFailures,
  minutesToWait,
  recordFailure,
  RULES,
  type ThrottleKey,
} from "../../security/throttle.ts";
import { systemClock, type Clock } from "../../time/clock.ts";
import type { Actor } from "../sessions/actor.ts";
import { UnauthenticatedError } from "../../errors.ts";
import { notifySecurityChange } from "../security-notice.ts";
import { rotateSession } from "../sessions/session-store.ts";
import { consumeBackupCode, remainingBackupCodes } from "./backup-codes.ts";
import { recordMfaEvent } from "./mfa-audit.ts";
import { consumeTotpCode } from "./totp-store.ts";

export type ChallengeInput = { method: "totp" | "backup_code"; code: string };
export type ChallengeResult = { ok: true; sessionId: string } | { ok: false; message: string };

export function mfaThrottleKeys(userId: string, ip: string | null): ThrottleKey[] {
  return [{ rule: RULES.mfaUser, subject: `${userId}|${ip ?? "unknown"}` }];
}

const WRONG: Record<ChallengeInput["method"], string> = {
  totp: "That code is not correct or has already been used. Wait for the next code and try again.",
  backup_code: "That backup code is not correct or has already been used.",
};

export async function passMfaChallenge(
  actor: Actor,
  input: ChallengeInput,
  request: RequestMeta,
  clock: Clock = systemClock,
): Promise<ChallengeResult> {
  const keys = mfaThrottleKeys(actor.userId, request.ip);
  const context = { request, clock, sessionId: actor.sessionId };
  const verdict = await checkThrottle(keys, clock);
  if (verdict.blocked) {
    await recordMfaEvent(actor, "mfa.challenge.throttled", {
      ...context,
      metadata: { method: input.method },
    });
    return {
      ok: false,
      message: `Too many attempts. Try again in ${minutesToWait(verdict.retryAfterMs)} minutes.`,
    };
  }

  const accepted =
    input.method === "totp"
      ? await consumeTotpCode(actor.userId, input.code, clock)
      : await spendBackupCode(actor, input.code, request, clock);
  if (accepted === false) {
    await recordFailure(keys, clock);
    await recordMfaEvent(actor, "mfa.challenge.failed", { ...context, metadata: { method: input.method } });
    return { ok: false, message: WRONG[input.method] };
  }
  await clearFailures(keys);
  const rotated = await rotateSession(actor.sessionId, { mfaVerified: true, reauthenticated: true }, clock);
  if (!rotated) throw new UnauthenticatedError(); // signed out or revoked meanwhile
  if (typeof accepted === "number") {
    await recordMfaEvent(actor, "mfa.backup_code.used", {
      ...context,
      sessionId: rotated.id,
      metadata: { remaining: accepted },
    });
  }
  await recordMfaEvent(actor, "mfa.challenge.succeeded", {
    ...context,
    sessionId: rotated.id,
    metadata: { method: input.method, previousSessionId: actor.sessionId },
  });
  return { ok: true, sessionId: rotated.id };
}

/** Consumes a backup code and emails the user about it; returns how many remain, or false. */
async function spendBackupCode(
  actor: Actor,
  code: string,
  request: RequestMeta,
  clock: Clock,
): Promise<number | false> {
  const remaining = await db.$transaction(async (tx) => {
    if (!(await consumeBackupCode(tx, actor.userId, code, clock))) return false;
    const left = await remainingBackupCodes(actor.userId, tx);
    await notifySecurityChange(
      tx,
      { id: actor.userId, email: actor.email, name: actor.name },
      "mfa.backup_code.used",
      {
        request,
        clock,
        detail:
          left === 0
            ? "You have no backup codes left: create a new set on your account's security page."
            : `Backup codes left: ${left}.`,
      },
    );
    return left;
  });
  if (remaining !== false) await requestEmailDelivery();
  return remaining;
}
