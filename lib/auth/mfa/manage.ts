import "server-only";
// Changes to an enabled second factor (S5, S6, S10): a new set of backup codes, or turning TOTP off.
// Both need a re-authentication within the last five minutes and email the user; turning it off is
// refused while the user is staff or belongs to an organisation that requires MFA, and ends the
// user's other sessions.
import type { RequestMeta } from "../../audit/record.ts";
import { db } from "../../db/client.ts";
import { requestEmailDelivery } from "../../jobs/email-jobs.ts";
import { systemClock, type Clock } from "../../time/clock.ts";
import type { Actor } from "../sessions/actor.ts";
import { UserFacingError } from "../../errors.ts";
import { requireRecentReauth } from "../sessions/reauth.ts";
import { notifySecurityChange } from "../security-notice.ts";
import { revokeUserSessions } from "../sessions/session-store.ts";
import { replaceBackupCodes } from "./backup-codes.ts";
import { recordMfaEvent } from "./mfa-audit.ts";
import { mfaRequirementFor } from "./status.ts";

const NOT_ON = "Two-factor authentication is not on for your account.";

/** Voids every backup code of the user and returns a new set, to show once. */
export async function regenerateBackupCodes(
  actor: Actor,
  request: RequestMeta,
  clock: Clock = systemClock,
): Promise<{ backupCodes: string[] }> {
  requireRecentReauth(actor, clock);
  const backupCodes = await db.$transaction(async (tx) => {
    const credential = await tx.credential.findUnique({
      where: { userId: actor.userId },
      select: { totpEnabledAt: true },
    });
    if (!credential?.totpEnabledAt) throw new UserFacingError(NOT_ON);
    const codes = await replaceBackupCodes(tx, actor.userId, clock);
    await notifySecurityChange(
      tx,
      { id: actor.userId, email: actor.email, name: actor.name },
      "mfa.backup_codes.regenerated",
      { request, clock },
    );
    return codes;
  });
  await requestEmailDelivery();
  await recordMfaEvent(actor, "mfa.backup_codes.regenerated", { request, clock, sessionId: actor.sessionId });
  return { backupCodes };
}

/** Why the user may not turn MFA off, or null when they may. */
export async function disableRefusal(userId: string): Promise<string | null> {
  const requirement = await mfaRequirementFor(userId);
  if (requirement.staff) return "Staff accounts must keep two-factor authentication on.";
  const names = requirement.organizations;
  if (names.length === 1)
    return `${names[0]} requires two-factor authentication for its members, so you cannot turn it off.`;
  if (names.length > 1)
    return `${names.join(", ")} require two-factor authentication for their members, so you cannot turn it off.`;
  return null;
}

/** Turns TOTP off: the secret and all backup codes are deleted and the user's other sessions end. */
export async function disableMfa(
  actor: Actor,
  request: RequestMeta,
  clock: Clock = systemClock,
): Promise<void> {
  requireRecentReauth(actor, clock);
  const refusal = await disableRefusal(actor.userId);
  if (refusal) throw new UserFacingError(refusal);
  await db.$transaction(async (tx) => {
    const off = await tx.credential.updateMany({
      where: { userId: actor.userId, totpEnabledAt: { not: null } },
      data: { totpSecretEnc: null, totpPendingSecretEnc: null, totpEnabledAt: null, totpLastTimeStep: null },
    });
    if (off.count !== 1) throw new UserFacingError(NOT_ON);
    await tx.backupCode.deleteMany({ where: { userId: actor.userId } });
    await notifySecurityChange(
      tx,
      { id: actor.userId, email: actor.email, name: actor.name },
      "mfa.disabled",
      { request, clock },
    );
  });
  await requestEmailDelivery();
  const revoked = await revokeUserSessions(actor.userId, "mfa_disabled", { except: actor.sessionId, clock });
  await recordMfaEvent(actor, "mfa.disabled", {
    request,
    clock,
    sessionId: actor.sessionId,
    metadata: { otherSessionsRevoked: revoked },
  });
}
