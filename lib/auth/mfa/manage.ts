import "server-only";
// Changes to the caller's enabled second factor (S5, S6, S10): a new set of backup codes, or turning
// TOTP off. Both need a re-authentication within the last five minutes and email the user; turning it
// off is refused while the user is staff or belongs to an organisation that requires MFA, and ends the
// user's other sessions.
import type { SignedInContext } from "../../context/context.ts";
import { db } from "../../db/client.ts";
import { AppError } from "../../errors.ts";
import { requestEmailDelivery } from "../../jobs/email-jobs.ts";
import { notifySecurityChange } from "../security-notice.ts";
import { requireRecentReauth } from "../sessions/reauth.ts";
import { revokeUserSessions } from "../sessions/session-store.ts";
import { replaceBackupCodes } from "./backup-codes.ts";
import { MFA_MESSAGES } from "./messages.ts";
import { recordMfaEvent } from "./mfa-audit.ts";
import { mfaRequirementFor } from "./status.ts";

const notOn = () => new AppError("conflict", MFA_MESSAGES.notOn);

/** Voids every backup code of the caller and returns a new set, to show once. */
export async function regenerateBackupCodes(ctx: SignedInContext): Promise<{ backupCodes: string[] }> {
  const { actor, clock } = ctx;
  requireRecentReauth(actor, clock);
  const backupCodes = await db.$transaction(async (tx) => {
    const credential = await tx.credential.findUnique({
      where: { userId: actor.userId },
      select: { totpEnabledAt: true },
    });
    if (!credential?.totpEnabledAt) throw notOn();
    const codes = await replaceBackupCodes(tx, actor.userId, clock);
    await notifySecurityChange(
      tx,
      ctx,
      { id: actor.userId, email: actor.email, name: actor.name },
      "mfa.backup_codes.regenerated",
    );
    return codes;
  });
  await requestEmailDelivery();
  await recordMfaEvent(ctx, "mfa.backup_codes.regenerated", { sessionId: actor.sessionId });
  return { backupCodes };
}

/**
 * Turns the caller's TOTP off: the secret and all backup codes are deleted and their other sessions end.
 * Refused (`conflict`) while their staff role or an organisation requires MFA.
 */
export async function disableMfa(ctx: SignedInContext): Promise<{ otherSessionsRevoked: number }> {
  const { actor, clock } = ctx;
  requireRecentReauth(actor, clock);
  const refusal = MFA_MESSAGES.disableRefused(await mfaRequirementFor(ctx));
  if (refusal) throw new AppError("conflict", refusal);
  await db.$transaction(async (tx) => {
    const off = await tx.credential.updateMany({
      where: { userId: actor.userId, totpEnabledAt: { not: null } },
      data: { totpSecretEnc: null, totpPendingSecretEnc: null, totpEnabledAt: null, totpLastTimeStep: null },
    });
    if (off.count !== 1) throw notOn();
    await tx.backupCode.deleteMany({ where: { userId: actor.userId } });
    await notifySecurityChange(
      tx,
      ctx,
      { id: actor.userId, email: actor.email, name: actor.name },
      "mfa.disabled",
    );
  });
  await requestEmailDelivery();
  const revoked = await revokeUserSessions(actor.userId, "mfa_disabled", { except: actor.sessionId, clock });
  await recordMfaEvent(ctx, "mfa.disabled", {
    sessionId: actor.sessionId,
    metadata: { otherSessionsRevoked: revoked },
  });
  return { otherSessionsRevoked: revoked };
}
