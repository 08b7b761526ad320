import "server-only";
// Staff extend a request's legal due date (A2): once, before the current due date, to a day no later than
// receipt + 3 months, on a ground Art. 12(3) allows and never for the processor's own lateness (A3), with
// a reason the controller is emailed and sees in the portal. The change is kept as history (A16:
// DsrDeadlineChange with who, when, and when the controller was told); audited in both chains. A refusal
// changes nothing. The processor's own due date does not move.
import type { Context } from "../../context/context.ts";
import { db } from "../../db/client.ts";
import { AppError } from "../../errors.ts";
import { requestEmailDelivery } from "../../jobs/email-jobs.ts";
import { auditForBoth, dsrEvent } from "../audit.ts";
import { checkExtension, type ExtensionProblem } from "../deadlines.ts";
import { DSR_MESSAGES } from "../messages.ts";
import { organizationDeadlines } from "../policy.ts";
import { INSTRUCTED_OPEN_STATUSES } from "../statuses.ts";
import { authorizeDsrStaff } from "./authorize.ts";
import { noticeController } from "./controller-notice.ts";
import type { ExtendInput } from "./input.ts";
import { lockedRequest } from "./load.ts";

export type ExtendResult = {
  reference: string;
  previousDueAt: Date;
  newDueAt: Date;
  /** The organisation's zone: the due date is the end of a day there. */
  timeZone: string;
  controllerNotified: number;
};

const CONFLICTS: readonly ExtensionProblem[] = ["already-extended", "after-due-date"];

export async function extendRequest(ctx: Context, input: ExtendInput): Promise<ExtendResult> {
  const { staff, audit } = await authorizeDsrStaff(ctx, "dsr.manage");
  const now = ctx.clock.now();
  const result = await db.$transaction(async (tx) => {
    const request = await lockedRequest(tx, input.id);
    if (!(INSTRUCTED_OPEN_STATUSES as readonly string[]).includes(request.status))
      throw new AppError("conflict", DSR_MESSAGES.closed);
    const { policy } = await organizationDeadlines(request.organizationId, tx);
    const extendedBefore =
      (await tx.dsrDeadlineChange.count({ where: { requestId: request.id, kind: "EXTENSION" } })) > 0;
    const checked = checkExtension({
      receivedAt: request.receivedAt,
      currentDueAt: request.legalDueAt,
      processorDueAt: request.processorDueAt,
      extendedBefore,
      newDueDay: input.newDueDate,
      ground: input.ground,
      reason: input.reason,
      notProcessorDelay: input.notProcessorDelay,
      now,
      policy,
    });
    if (!checked.ok)
      throw new AppError(
        CONFLICTS.includes(checked.problem) ? "conflict" : "invalid",
        DSR_MESSAGES.extension[checked.problem],
      );
    await tx.dataSubjectRequest.update({ where: { id: request.id }, data: { legalDueAt: checked.newDueAt } });
    const change = await tx.dsrDeadlineChange.create({
      data: {
        requestId: request.id,
        kind: "EXTENSION",
        previousDueAt: request.legalDueAt,
        newDueAt: checked.newDueAt,
        reason: input.reason,
        byUserId: staff.actor.userId,
        at: now,
        controllerToldAt: now,
      },
      select: { id: true },
    });
    const controllerNotified = await noticeController(tx, request, {
      kind: "extended",
      changeId: change.id,
      previousDueAt: request.legalDueAt,
      newDueAt: checked.newDueAt,
      reason: input.reason,
    });
    if (controllerNotified === 0)
      await tx.dsrDeadlineChange.update({ where: { id: change.id }, data: { controllerToldAt: null } });
    await auditForBoth(tx, audit, request.organizationId, [
      dsrEvent(
        "dsr.request.extended",
        { type: "DataSubjectRequest", id: request.id },
        {
          reference: request.reference,
          previousDueAt: request.legalDueAt.toISOString(),
          newDueAt: checked.newDueAt.toISOString(),
          ground: input.ground,
          reason: input.reason,
        },
      ),
    ]);
    return {
      reference: request.reference,
      previousDueAt: request.legalDueAt,
      newDueAt: checked.newDueAt,
      timeZone: policy.timeZone,
      controllerNotified,
    };
  });
  await requestEmailDelivery();
  return result;
}
