import "server-only";
// Staff resolve a customer's objection to a subprocessor (GDPR.md C2; subprocessors.objections.resolve:
// PRIVACY and ADMIN) with a recorded outcome and a note: withdrawn by the customer (the change then applies
// to it: ACCEPTED), resolved by an alternative or contract terminated (it stays OBJECTED: the subprocessor
// does not process that organisation's data). Once per objection; audited in the provider's chain and the
// organisation's.
import { z } from "zod";
import { recordAudit, userActor } from "../audit/record.ts";
import { authorizeStaff } from "../auth/authorization/authorize.ts";
import type { Context } from "../context/context.ts";
import { db } from "../db/client.ts";
import { AppError } from "../errors.ts";
import { SUBPROCESSOR_NOTICE_ERRORS as E } from "./messages.ts";
import { recordNoticeAnswer } from "./record-answer.ts";

export const OBJECTION_OUTCOMES = ["WITHDRAWN", "ALTERNATIVE", "CONTRACT_TERMINATED"] as const;

export const resolveObjectionInput = z.strictObject({
  noticeId: z.string().trim().min(1).max(64),
  outcome: z.enum(OBJECTION_OUTCOMES),
  note: z.string().trim().min(3, "Write a short note (what was agreed).").max(2000),
});
export type ResolveObjectionInput = z.infer<typeof resolveObjectionInput>;

export async function resolveObjection(
  ctx: Context,
  input: ResolveObjectionInput,
): Promise<{ organizationId: string }> {
  const { actor } = await authorizeStaff(ctx, "subprocessors.objections.resolve");
  const notice = await db.subprocessorNotice.findUnique({
    where: { id: input.noticeId },
    select: {
      id: true,
      organizationId: true,
      status: true,
      resolvedAt: true,
      change: { select: { subprocessor: { select: { name: true } } } },
    },
  });
  if (!notice) throw new AppError("not_found");
  if (notice.status !== "OBJECTED" || notice.resolvedAt) throw new AppError("conflict", E.noOpenObjection);
  const at = ctx.clock.now();
  const recorded = await db.$transaction(async (tx) => {
    const written = await recordNoticeAnswer(tx, {
      noticeId: notice.id,
      organizationId: notice.organizationId,
      from: "OBJECTED",
      status: input.outcome === "WITHDRAWN" ? "ACCEPTED" : "OBJECTED",
      outcome: input.outcome,
      text: input.note,
      byName: actor.name || actor.email,
      byUserId: actor.userId,
      byProvider: true,
      at,
    });
    if (!written) return false;
    const event = {
      actor: userActor(actor),
      action: "subprocessor.objection.resolved" as const,
      target: { type: "SubprocessorNotice", id: notice.id },
      request: ctx.request,
    };
    const metadata = {
      subprocessor: notice.change.subprocessor.name,
      outcome: input.outcome,
      text: input.note,
    };
    await recordAudit(
      { ...event, organizationId: null, metadata: { ...metadata, organizationId: notice.organizationId } },
      { tx, clock: ctx.clock },
    );
    await recordAudit(
      { ...event, organizationId: notice.organizationId, metadata },
      { tx, clock: ctx.clock },
    );
    return true;
  });
  if (!recorded) throw new AppError("conflict", E.noOpenObjection);
  return { organizationId: notice.organizationId };
}
