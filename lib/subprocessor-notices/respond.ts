import "server-only";
// A customer answers a subprocessor notice in the portal (GDPR.md C2; org.subprocessors.respond: OWNER,
// ADMIN, PRIVACY_OFFICER). General authorisation: object (with a reason) or accept while the window is
// open. Specific authorisation: approve, or refuse (with a reason). Once per notice; audited in the
// organisation's chain and the provider's; an objection or a refusal also emails the provider's PRIVACY
// staff in the same transaction (objection-email.ts). An organisation being closed is read-only (the
// authorisation refuses it, lib/auth/authorization/authorize.ts).
import { z } from "zod";
import type { AuditAction } from "../audit/events.ts";
import { auditEvent, recordAudit, userActor } from "../audit/record.ts";
import { authorizeOrgBySlug } from "../auth/authorization/authorize.ts";
import type { Context } from "../context/context.ts";
import { db } from "../db/client.ts";
import { AppError } from "../errors.ts";
import type { SubprocessorNoticeStatus } from "../generated/prisma/enums.ts";
import { requestEmailDelivery } from "../jobs/email-jobs.ts";
import { SUBPROCESSOR_NOTICE_ERRORS as E } from "./messages.ts";
import { enqueueObjectionEmails } from "./objection-email.ts";
import { recordNoticeAnswer } from "./record-answer.ts";

export const NOTICE_ANSWERS = ["object", "accept", "approve", "refuse"] as const;
export type NoticeAnswerKind = (typeof NOTICE_ANSWERS)[number];

export const respondInput = z.strictObject({
  slug: z.string().trim().min(1).max(80),
  noticeId: z.string().trim().min(1).max(64),
  answer: z.enum(NOTICE_ANSWERS),
  reason: z.string().trim().max(2000).default(""),
});
export type RespondInput = z.infer<typeof respondInput>;

const ANSWERS: Record<
  NoticeAnswerKind,
  {
    mode: "GENERAL" | "SPECIFIC";
    status: SubprocessorNoticeStatus;
    action: AuditAction;
    needsReason: boolean;
  }
> = {
  object: { mode: "GENERAL", status: "OBJECTED", action: "subprocessor.notice.objected", needsReason: true },
  accept: { mode: "GENERAL", status: "ACCEPTED", action: "subprocessor.notice.accepted", needsReason: false },
  approve: {
    mode: "SPECIFIC",
    status: "APPROVED",
    action: "subprocessor.notice.approved",
    needsReason: false,
  },
  refuse: { mode: "SPECIFIC", status: "REFUSED", action: "subprocessor.notice.refused", needsReason: true },
};

export const MIN_REASON = 10;

/** `invalid` for a missing reason; `conflict` when the notice cannot take this answer (any more). */
export async function respondToNotice(
  ctx: Context,
  input: RespondInput,
): Promise<{ status: SubprocessorNoticeStatus }> {
  const org = await authorizeOrgBySlug(ctx, input.slug, "org.subprocessors.respond");
  const notice = await db.subprocessorNotice.findFirst({
    where: { id: input.noticeId, organizationId: org.organizationId },
    select: {
      id: true,
      mode: true,
      status: true,
      windowEndsAt: true,
      change: { select: { type: true, subprocessor: { select: { name: true } } } },
    },
  });
  if (!notice) throw new AppError("not_found");
  const rule = ANSWERS[input.answer];
  const now = org.clock.now();
  if (notice.change.type === "REMOVE") throw new AppError("conflict", E.nothingToAuthorise);
  if (notice.mode !== rule.mode) throw new AppError("conflict", E.wrongMode);
  if (notice.status !== "NOTIFIED") throw new AppError("conflict", E.notOpen);
  if (notice.windowEndsAt && notice.windowEndsAt <= now) throw new AppError("conflict", E.windowClosed);
  const reason = rule.needsReason ? input.reason : "";
  if (rule.needsReason && reason.length < MIN_REASON) throw new AppError("invalid", E.reasonRequired);
  const subprocessor = notice.change.subprocessor.name;
  const byName = org.actor.name || org.actor.email;
  // null: someone answered first (nothing written); else how many staff emails were queued.
  const emailed = await db.$transaction(async (tx): Promise<number | null> => {
    const written = await recordNoticeAnswer(tx, {
      noticeId: notice.id,
      organizationId: org.organizationId,
      from: "NOTIFIED",
      status: rule.status,
      text: reason,
      byName,
      byUserId: org.actor.userId,
      byProvider: false,
      at: now,
    });
    if (!written) return null;
    const common = {
      actor: userActor(org.actor),
      target: { type: "SubprocessorNotice", id: notice.id },
      request: org.request,
    };
    const text = reason || undefined;
    await recordAudit(
      { ...common, organizationId: org.organizationId, ...auditEvent(rule.action, { subprocessor, text }) },
      { tx, clock: org.clock },
    );
    await recordAudit(
      {
        ...common,
        organizationId: null,
        ...auditEvent(rule.action, { subprocessor, text, organizationId: org.organizationId }),
      },
      { tx, clock: org.clock },
    );
    if (input.answer !== "object" && input.answer !== "refuse") return 0;
    return enqueueObjectionEmails(tx, {
      noticeId: notice.id,
      answer: input.answer,
      organizationName: org.name,
      subprocessorName: subprocessor,
      byName,
      reason,
    });
  });
  if (emailed === null) throw new AppError("conflict", E.notOpen);
  if (emailed > 0) await requestEmailDelivery();
  return { status: rule.status };
}
