// The organisation's own subprocessor notices (GDPR.md C1/C2): each announced change as notified to it, with
// the authorisation mode and window of its DPA at the time and its state, and every answer (its members'
// objections, acceptances, approvals and refusals, deemed acceptances, the provider's resolutions). Only
// this organisation's rows; the provider's staff are named as the provider.
import { afterId, columns, defineEntity, pagesById } from "../entity.ts";

export const organizationSubprocessorNoticesEntity = defineEntity({
  name: "subprocessor-notices-received",
  title: "Subprocessor notices received",
  about:
    "Every subprocessor change notified to the organisation, with its authorisation mode, window and state.",
  columns: columns({
    id: "the notice's id",
    change_id: "the announced change (see subprocessor-notices)",
    type: "ADD, REPLACE or REMOVE",
    subprocessor: "the subprocessor added or removed",
    mode: "GENERAL (notice and objection window) or SPECIFIC (approval needed)",
    notice_days: "the notice period of the DPA at the time, in days",
    notified_at: "when the notice was sent (UTC)",
    delivered_at: "when a mail server first accepted one of its emails (UTC); the window runs from then",
    window_ends_at: "GENERAL: when the objection window closes (UTC); empty until delivered",
    status: "NOTIFIED, OBJECTED, ACCEPTED, DEEMED_ACCEPTED, APPROVED or REFUSED",
    objection_outcome: "an objection's resolution: WITHDRAWN, ALTERNATIVE or CONTRACT_TERMINATED",
    recipients: "the addresses emailed",
  }),
  count: ({ tx, organizationId }) => tx.subprocessorNotice.count({ where: { organizationId } }),
  pages: ({ tx, organizationId, pageSize }) =>
    pagesById(
      pageSize,
      (after, take) =>
        tx.subprocessorNotice.findMany({
          where: { organizationId, ...afterId(after) },
          orderBy: { id: "asc" },
          take,
          include: { change: { select: { type: true, subprocessor: { select: { name: true } } } } },
        }),
      (n) => ({
        id: n.id,
        change_id: n.changeId,
        type: n.change.type,
        subprocessor: n.change.subprocessor.name,
        mode: n.mode,
        notice_days: n.noticeDays,
        notified_at: n.createdAt,
        delivered_at: n.deliveredAt,
        window_ends_at: n.windowEndsAt,
        status: n.status,
        objection_outcome: n.objectionOutcome,
        recipients: n.recipients,
      }),
    ),
});

export const organizationSubprocessorAnswersEntity = defineEntity({
  name: "subprocessor-answers",
  title: "Answers to subprocessor notices",
  about:
    "Every answer to a notice: objections, acceptances, approvals, refusals, deemed acceptances, resolutions.",
  columns: columns({
    id: "the answer's id",
    notice_id: "the notice answered (see subprocessor-notices-received)",
    status: "the notice's state from this answer on",
    outcome: "a resolution of an objection: WITHDRAWN, ALTERNATIVE or CONTRACT_TERMINATED",
    text: "the reason (objection, refusal) or the provider's note (resolution)",
    by: 'the member who answered; "provider" for the provider (its staff or the window\'s closing)',
    at: "when (UTC); a deemed acceptance is dated at the window's end",
  }),
  count: ({ tx, organizationId }) => tx.subprocessorNoticeAnswer.count({ where: { organizationId } }),
  pages: ({ tx, organizationId, pageSize }) =>
    pagesById(
      pageSize,
      (after, take) =>
        tx.subprocessorNoticeAnswer.findMany({
          where: { organizationId, ...afterId(after) },
          orderBy: { id: "asc" },
          take,
        }),
      (a) => ({
        id: a.id,
        notice_id: a.noticeId,
        status: a.status,
        outcome: a.outcome,
        text: a.text,
        by: a.byProvider ? "provider" : a.byName,
        at: a.at,
      }),
    ),
});
