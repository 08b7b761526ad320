import "server-only";
// The controller cancels a request that has not been executed (org.dsr.manage): it is OPEN and none of
// its tasks has been attempted (./cancellable.ts, checked under the request's row lock with the tasks
// locked too, so a dispatcher cannot start one meanwhile). Its tasks become CANCELLED, the request
// CANCELLED and closed (the identifiers are cleared, A15); audited in both chains. Otherwise `conflict`
// and nothing changes.
import { authorizeOrgBySlug } from "../auth/authorization/authorize.ts";
import type { Context } from "../context/context.ts";
import { db } from "../db/client.ts";
import { AppError } from "../errors.ts";
import { queueDsrStatusChange } from "../webhooks/dsr-events.ts";
import { auditContextOf, auditForBoth, dsrEvent } from "./audit.ts";
import { isCancellable, type TaskState } from "./cancellable.ts";
import { DSR_MESSAGES } from "./messages.ts";
import { closingFields, lockRequest } from "./request-lock.ts";

export async function cancelRequest(
  ctx: Context,
  slug: string,
  id: string,
): Promise<{ reference: string; tasksCancelled: number }> {
  const org = await authorizeOrgBySlug(ctx, slug, "org.dsr.manage");
  const now = ctx.clock.now();
  return db.$transaction(async (tx) => {
    await lockRequest(tx, id);
    const request = await tx.dataSubjectRequest.findFirst({
      where: { id, organizationId: org.organizationId },
      select: { id: true, organizationId: true, reference: true, type: true, status: true },
    });
    if (!request) throw new AppError("not_found");
    const tasks = await tx.$queryRaw<TaskState[]>`
      SELECT status, attempts, "lastAttemptAt" FROM "DsrTask" WHERE "requestId" = ${id} FOR UPDATE`;
    if (!isCancellable(request.status, tasks)) throw new AppError("conflict", DSR_MESSAGES.notCancellable);
    const { count } = await tx.dsrTask.updateMany({
      where: { requestId: id },
      data: { status: "CANCELLED" },
    });
    await tx.dataSubjectRequest.update({
      where: { id },
      data: { status: "CANCELLED", ...closingFields(now) },
    });
    await queueDsrStatusChange(tx, { ...request, status: "CANCELLED" }, request.status, ctx.clock);
    await auditForBoth(tx, auditContextOf(org), org.organizationId, [
      dsrEvent(
        "dsr.request.cancelled",
        { type: "DataSubjectRequest", id },
        { reference: request.reference, tasksCancelled: count },
      ),
    ]);
    return { reference: request.reference, tasksCancelled: count };
  });
}
