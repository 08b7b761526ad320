import "server-only";
// Releasing a legal hold (GDPR.md G4): who, when and why are recorded, and the deletions it deferred run —
// held DSR erasures get a new task at once (./resume-erasures.ts), held retention purges are taken by a
// purge run requested now (and by every scheduled run after it; connected systems' categories included, ADR 0028).
import { recordAudit, userActor } from "../audit/record.ts";
import { authorizeStaff } from "../auth/authorization/authorize.ts";
import type { Context } from "../context/context.ts";
import { db } from "../db/client.ts";
import { AppError } from "../errors.ts";
import { requestClosureRun } from "../jobs/account-closure-jobs.ts";
import { requestDsrDispatch } from "../jobs/dsr-connector-jobs.ts";
import { requestRetentionPurge } from "../jobs/retention-jobs.ts";
import type { ReleaseHoldInput } from "./input.ts";
import { LEGAL_HOLD_MESSAGES } from "./messages.ts";
import { resumeErasures } from "./resume-erasures.ts";

export type ReleasedHold = {
  reference: string;
  erasuresResumed: number;
  purgesResumed: number;
  /** Account deletions the hold refused: the closure job runs now and takes them up (lib/account-closure). */
  closuresResumed: number;
};

export async function releaseHold(ctx: Context, input: ReleaseHoldInput): Promise<ReleasedHold> {
  const staff = await authorizeStaff(ctx, "holds.manage");
  const actor = userActor(staff.actor);
  const released = await db.$transaction(async (tx) => {
    const hold = await tx.legalHold.findUnique({
      where: { id: input.holdId },
      select: { id: true, reference: true },
    });
    if (!hold) throw new AppError("not_found", LEGAL_HOLD_MESSAGES.notFound);
    const now = ctx.clock.now();
    const changed = await tx.legalHold.updateMany({
      where: { id: hold.id, releasedAt: null },
      data: { releasedAt: now, releasedById: staff.actor.userId, releaseReason: input.reason },
    });
    if (changed.count === 0) throw new AppError("conflict", LEGAL_HOLD_MESSAGES.alreadyReleased);
    const erasuresResumed = await resumeErasures(tx, hold.id, ctx.clock, actor);
    const purges = await tx.holdRefusal.updateMany({
      where: { holdId: hold.id, path: "RETENTION_PURGE", resumedAt: null },
      data: { resumedAt: now },
    });
    const closures = await tx.holdRefusal.updateMany({
      where: { holdId: hold.id, path: "ACCOUNT_DELETION", resumedAt: null },
      data: { resumedAt: now },
    });
    await recordAudit(
      {
        organizationId: null,
        actor,
        action: "hold.released",
        target: { type: "LegalHold", id: hold.id },
        request: ctx.request,
        metadata: {
          reference: hold.reference,
          reason: input.reason,
          resumed: erasuresResumed + purges.count + closures.count,
        },
      },
      { tx, clock: ctx.clock },
    );
    return {
      reference: hold.reference,
      erasuresResumed,
      purgesResumed: purges.count,
      closuresResumed: closures.count,
    };
  });
  if (released.erasuresResumed > 0) await requestDsrDispatch();
  if (released.purgesResumed > 0) await requestRetentionPurge();
  if (released.closuresResumed > 0) await requestClosureRun();
  return released;
}
