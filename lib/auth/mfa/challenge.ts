import "server-only";
// The second step of signing in (S4, S5, S8, S9): a session that owes MFA becomes usable after a code
// from the authenticator app or one backup code. Attempts are counted per user and address before the
// code is checked (S2), every outcome is audited (S17) — repeated refusals summarised (S24) —, and
// success gives the session a new id (S9).
import type { SignedInContext } from "../../context/context.ts";
import { db } from "../../db/client.ts";
import { AppError } from "../../errors.ts";
import { requestEmailDelivery } from "../../jobs/email-jobs.ts";
import {
  clearFailures,
  consumeAttempt,
  minutesToWait,
  RULES,
  type ThrottleKey,
} from "../../security/throttle.ts";
import { notifySecurityChange } from "../security-notice.ts";
import { rotateSession } from "../sessions/session-store.ts";
import { consumeBackupCode, remainingBackupCodes } from "./backup-codes.ts";
import { MFA_MESSAGES } from "./messages.ts";
import { recordMfaEvent, recordMfaRefusal } from "./mfa-audit.ts";
import { consumeTotpCode } from "./totp-store.ts";

export type ChallengeInput = { method: "totp" | "backup_code"; code: string };

export function mfaThrottleKeys(userId: string, ip: string | null): ThrottleKey[] {
  return [{ rule: RULES.mfaUser, subject: `${userId}|${ip ?? "unknown"}` }];
}

/**
 * Passes the second factor owed by the caller's session; returns the id of the session that replaces it
 * (the caller sets it as the session cookie). Refusals: `invalid` (a wrong or used code),
 * `rate_limited` (too many failures), `unauthenticated` (the session ended meanwhile).
 */
export async function passMfaChallenge(
  ctx: SignedInContext,
  input: ChallengeInput,
): Promise<{ sessionId: string }> {
  const { actor, request, clock } = ctx;
  const keys = mfaThrottleKeys(actor.userId, request.ip);
  const session = { sessionId: actor.sessionId };
  const subject = keys[0]!.subject;
  const verdict = await consumeAttempt(keys, clock);
  if (verdict.blocked) {
    await recordMfaRefusal(ctx, "mfa.challenge.throttled", subject, {
      ...session,
      metadata: { method: input.method },
    });
    throw new AppError("rate_limited", MFA_MESSAGES.throttled(minutesToWait(verdict.retryAfterMs)), {
      retryAfterSeconds: Math.ceil(verdict.retryAfterMs / 1000),
    });
  }

  const accepted =
    input.method === "totp"
      ? await consumeTotpCode(actor.userId, input.code, clock)
      : await spendBackupCode(ctx, input.code);
  if (accepted === false) {
    await recordMfaRefusal(ctx, "mfa.challenge.failed", subject, {
      ...session,
      metadata: { method: input.method },
    });
    throw new AppError("invalid", MFA_MESSAGES.wrongCode[input.method]);
  }
  await clearFailures(keys);
  const rotated = await rotateSession(actor.sessionId, { mfaVerified: true, reauthenticated: true }, clock);
  if (!rotated) throw new AppError("unauthenticated"); // signed out or revoked meanwhile
  if (typeof accepted === "number") {
    await recordMfaEvent(ctx, "mfa.backup_code.used", {
      sessionId: rotated.id,
      metadata: { remaining: accepted },
    });
  }
  await recordMfaEvent(ctx, "mfa.challenge.succeeded", {
    sessionId: rotated.id,
    metadata: { method: input.method, previousSessionId: actor.sessionId },
  });
  return { sessionId: rotated.id };
}

/** Consumes a backup code and emails the user about it; returns how many remain, or false. */
async function spendBackupCode(ctx: SignedInContext, code: string): Promise<number | false> {
  const { actor, clock } = ctx;
  const remaining = await db.$transaction(async (tx) => {
    if (!(await consumeBackupCode(tx, actor.userId, code, clock))) return false;
    const left = await remainingBackupCodes(actor.userId, tx);
    await notifySecurityChange(
      tx,
      ctx,
      { id: actor.userId, email: actor.email, name: actor.name },
      "mfa.backup_code.used",
      { detail: MFA_MESSAGES.backupCodesLeft(left) },
    );
    return left;
  });
  if (remaining !== false) await requestEmailDelivery();
  return remaining;
}
