import "server-only";
// Staff decline a request with a reason the controller sees in the portal and is emailed (A4). Only an
// instructed request that is still open; tasks no system has started are cancelled (those already sent
// keep their answers). The request closes: its identifiers are cleared (A15). Audited in both chains.
import type { Context } from "../../context/context.ts";
import { db } from "../../db/client.ts";
import { AppError } from "../../errors.ts";
import { requestEmailDelivery } from "../../jobs/email-jobs.ts";
import { queueDsrStatusChange } from "../../webhooks/dsr-events.ts";
import { auditForBoth, dsrEvent } from "../audit.ts";
import { DSR_MESSAGES } from "../messages.ts";
import { closingFields } from "../request-lock.ts";
import { INSTRUCTED_OPEN_STATUSES } from "../statuses.ts";
import { authorizeDsrStaff } from "./authorize.ts";
import { noticeController } from "./controller-notice.ts";
import type { DeclineInput } from "./input.ts";
import { lockedRequest } from "./load.ts";

export async function declineRequest(
  ctx: Context,
  input: DeclineInput,
): Promise<{ reference: string; tasksCancelled: number; controllerNotified: number }> {
  const { audit } = await authorizeDsrStaff(ctx, "dsr.manage");
  const now = ctx.clock.now();
  const result = await db.$transaction(async (tx) => {
    const request = await lockedRequest(tx, input.id);
    if (!(INSTRUCTED_OPEN_STATUSES as readonly string[]).includes(request.status))
      throw new AppError("conflict", DSR_MESSAGES.closed);
    const { count } = await tx.dsrTask.updateMany({
      where: { requestId: request.id, status: "PENDING", attempts: 0, lastAttemptAt: null },
      data: { status: "CANCELLED" },
    });
    await tx.dataSubjectRequest.update({
      where: { id: request.id },
      data: { status: "DECLINED", declineReason: input.reason, ...closingFields(now) },
    });
    await queueDsrStatusChange(tx, { ...request, status: "DECLINED" }, request.status, ctx.clock);
    const controllerNotified = await noticeController(tx, request, {
      kind: "declined",
      reason: input.reason,
    });
    await auditForBoth(tx, audit, request.organizationId, [
      dsrEvent(
        "dsr.request.declined",
        { type: "DataSubjectRequest", id: request.id },
        { reference: request.reference, reason: input.reason, tasksCancelled: count },
      ),
    ]);
    return { reference: request.reference, tasksCancelled: count, controllerNotified };
  });
  await requestEmailDelivery();
  return result;
}
