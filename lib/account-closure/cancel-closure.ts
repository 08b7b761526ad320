import "server-only";
// An owner cancels the closure while the deletion has not started (SCHEDULED, or HELD by a legal hold): the
// organisation is writable again. Once the job set DELETING, connected systems may already be deleting, and
// the cancellation is refused. Audited in both chains.
import { recordAudit, userActor } from "../audit/record.ts";
import { authorizeOrgBySlug } from "../auth/authorization/authorize.ts";
import type { Context } from "../context/context.ts";
import { db } from "../db/client.ts";
import { AppError } from "../errors.ts";
import type { CancelClosureInput } from "./input.ts";
import { ACCOUNT_CLOSURE_MESSAGES as M } from "./messages.ts";

export async function cancelClosure(ctx: Context, input: CancelClosureInput): Promise<{ reference: string }> {
  const org = await authorizeOrgBySlug(ctx, input.slug, "org.closure.manage");
  const now = org.clock.now();
  return db.$transaction(async (tx) => {
    const closure = await tx.accountClosure.findFirst({
      where: { organizationId: org.organizationId, status: { in: ["SCHEDULED", "HELD", "DELETING"] } },
      select: { id: true, reference: true, status: true },
    });
    if (!closure) throw new AppError("conflict", M.nothingToCancel);
    // The job moves SCHEDULED/HELD to DELETING with the same kind of guarded update: one of them wins.
    const cancelled = await tx.accountClosure.updateMany({
      where: { id: closure.id, status: { in: ["SCHEDULED", "HELD"] } },
      data: { status: "CANCELLED", cancelledAt: now, cancelledById: org.actor.userId },
    });
    if (cancelled.count === 0) throw new AppError("conflict", M.notCancellable);
    await tx.organization.update({ where: { id: org.organizationId }, data: { closingSince: null } });
    const event = {
      actor: userActor(org.actor),
      action: "org.closure.cancelled" as const,
      target: { type: "AccountClosure", id: closure.id },
      request: org.request,
      metadata: { closureId: closure.id, reference: closure.reference },
    };
    await recordAudit({ ...event, organizationId: org.organizationId }, { tx, clock: org.clock });
    await recordAudit({ ...event, organizationId: null }, { tx, clock: org.clock });
    return { reference: closure.reference };
  });
}
