import "server-only";
// Resetting a colleague's (or a customer's) two-factor authentication when they lost their device
// (S6, S10, S17, S23): the caller re-authenticated within five minutes, may manage the account (ranked below
// them; an ADMIN every other one) and it is not their own. The authenticator secret and every backup code
// are deleted, every session of the account ends, and the account's owner is told by email. Staff are
// asked to set up two-factor authentication again at their next sign-in. Audited in the provider chain
// and the account's organisations' chains.
import type { z } from "zod";
import { auditEvent } from "../../audit/record.ts";
import { mayManageAccount } from "../../auth/authorization/staff-rank.ts";
import { notifySecurityChange } from "../../auth/security-notice.ts";
import { requireRecentReauth } from "../../auth/sessions/reauth.ts";
import { revokeUserSessions } from "../../auth/sessions/session-store.ts";
import type { Context } from "../../context/context.ts";
import { db } from "../../db/client.ts";
import { AppError } from "../../errors.ts";
import { requestEmailDelivery } from "../../jobs/email-jobs.ts";
import { auditManagedAccount, authorizeManagedAccount } from "../managed-account.ts";
import { ADMIN_MESSAGES } from "../messages.ts";
import type { resetMfaInput } from "./staff-input.ts";

export type ResetUserMfaResult = { email: string; sessionsEnded: number; backupCodesRemoved: number };

export async function resetUserMfa(
  ctx: Context,
  input: z.infer<typeof resetMfaInput>,
): Promise<ResetUserMfaResult> {
  const { staff, target } = await authorizeManagedAccount(ctx, input.userId, {
    own: ADMIN_MESSAGES.cannotManageOwnAccount,
    notBelow: ADMIN_MESSAGES.accountNotBelowYours,
    allowed: mayManageAccount,
  });
  requireRecentReauth(staff.actor, ctx.clock);

  const backupCodesRemoved = await db.$transaction(async (tx) => {
    const off = await tx.credential.updateMany({
      where: { userId: target.id, totpEnabledAt: { not: null } },
      data: { totpSecretEnc: null, totpPendingSecretEnc: null, totpEnabledAt: null, totpLastTimeStep: null },
    });
    if (off.count !== 1) throw new AppError("conflict", ADMIN_MESSAGES.mfaNotOn);
    const removed = await tx.backupCode.deleteMany({ where: { userId: target.id } });
    await notifySecurityChange(
      tx,
      ctx,
      { id: target.id, email: target.email, name: target.name },
      "mfa.reset",
    );
    return removed.count;
  });
  await requestEmailDelivery();
  const sessionsEnded = await revokeUserSessions(target.id, "mfa_reset", { clock: ctx.clock });
  await auditManagedAccount(
    staff,
    target,
    auditEvent("admin.user.mfa_reset", { email: target.email, sessionsEnded, backupCodesRemoved }),
  );
  return { email: target.email, sessionsEnded, backupCodesRemoved };
}
