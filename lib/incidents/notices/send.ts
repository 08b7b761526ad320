import "server-only";
// Sending a notice phase (GDPR.md B1-B4) in one transaction: the draft becomes a sent phase (frozen by a
// trigger), follow-ups open and resolve, and every affected organisation gets one outbox email per
// recipient, a delivery record, its first-sent time (its portal shows the notification from then) and
// an audit event in its own chain. Sending queues the emails; a notification is delivered only when an
// SMTP server accepts one of them (./acceptance.ts, ADR 0016). Built for thousands of organisations: one
// recipients query, batched inserts. Sending again finds the phase already sent and changes nothing;
// outbox keys are unique besides.
import { recordAuditBatch } from "../../audit/record-batch.ts";
import { recordAudit, userActor } from "../../audit/record.ts";
import { authorizeStaff } from "../../auth/authorization/authorize.ts";
import { env } from "../../config/env.ts";
import type { Context } from "../../context/context.ts";
import { db, type Tx } from "../../db/client.ts";
import { AppError } from "../../errors.ts";
import { formatInstant } from "../../i18n/format.ts";
import { requestEmailDelivery } from "../../jobs/email-jobs.ts";
import { enqueueEmailBatch, type OutgoingEmail } from "../../mail/outbox.ts";
import { PROVIDER_SETTINGS_ID } from "../../provider/settings-id.ts";
import { fixedClock } from "../../time/clock.ts";
import { lockBreachIncident, type LockedIncident } from "../incident-lock.ts";
import { noticeEmail, noticePortalUrl, type NoticeEmailFacts } from "./email.ts";
import { recordFollowUps } from "./follow-ups.ts";
import { missingItems, pickItems, type NoticeItemValues } from "./items.ts";
import { noticeOutboxKey } from "./outbox-key.ts";
import { NOTICE_MESSAGES } from "./messages.ts";
import { loadNotificationRecipients, type NotificationRecipients } from "./recipients.ts";

export type SendNoticeResult = {
  phaseId: string;
  number: number;
  organizations: number;
  emails: number;
  organizationsWithoutRecipients: number;
};

const BATCH = 1000;

/** Sends the saved draft `phaseId` of the incident to every affected organisation (breach.manage). */
export async function sendNoticePhase(
  ctx: Context,
  input: { incidentId: string; phaseId: string },
): Promise<SendNoticeResult> {
  const { actor } = await authorizeStaff(ctx, "breach.manage");
  const { request, clock } = ctx;
  const result = await db.$transaction(
    async (tx) => {
      const incident = await lockBreachIncident(tx, input.incidentId);
      const phase = await tx.noticePhase.findFirst({
        where: { id: input.phaseId, incidentId: incident.id },
        select: {
          id: true,
          number: true,
          summary: true,
          sentAt: true,
          nature: true,
          dataSubjects: true,
          records: true,
          contactPoint: true,
          likelyConsequences: true,
          measures: true,
        },
      });
      if (!phase) throw new AppError("not_found");
      if (phase.sentAt) throw alreadySent(ctx, incident, phase.number, phase.sentAt);
      const items = pickItems(phase);
      const missing = missingItems(items);
      if (missing.length > 0) throw new AppError("invalid", NOTICE_MESSAGES.missingItems(missing));
      const notifications = await loadNotificationRecipients(tx, incident.id);
      if (notifications.length === 0)
        throw new AppError("conflict", NOTICE_MESSAGES.noAffectedOrganizations(incident.reference));

      const sentAt = clock.now();
      const { count } = await tx.noticePhase.updateMany({
        where: { id: phase.id, sentAt: null },
        data: { sentAt, sentById: actor.userId },
      });
      if (count !== 1) throw alreadySent(ctx, incident, phase.number, sentAt);
      await recordFollowUps(tx, incident.id, phase.number, items);

      const reached = notifications.filter((n) => n.recipients.length > 0);
      const provider = await tx.providerSettings.findUniqueOrThrow({
        where: { id: PROVIDER_SETTINGS_ID },
        select: { displayName: true },
      });
      const emails = reached.flatMap((n) =>
        emailsFor(n, { providerName: provider.displayName, incident, phase: { ...phase, items }, sentAt }),
      );
      const newEmails = await enqueueEmailBatch(tx, emails);
      await recordDeliveries(tx, phase.id, reached, sentAt);

      await recordAuditBatch(
        tx,
        reached.map((n) => ({
          organizationId: n.organizationId,
          actor: userActor(actor),
          action: "breach.notice.sent",
          target: { type: "IncidentNotification", id: n.notificationId },
          request,
          metadata: { incident: incident.reference, phase: phase.number, recipients: n.recipients.length },
        })),
        fixedClock(sentAt),
      );
      const summary = {
        phaseId: phase.id,
        number: phase.number,
        organizations: reached.length,
        emails: newEmails,
        organizationsWithoutRecipients: notifications.length - reached.length,
      };
      await recordAudit(
        {
          organizationId: null,
          actor: userActor(actor),
          action: "breach.notice.sent",
          target: { type: "NoticePhase", id: phase.id },
          request,
          metadata: {
            incidentId: incident.id,
            incident: incident.reference,
            phase: phase.number,
            organizations: summary.organizations,
            recipients: emails.length,
            organizationsWithoutRecipients: summary.organizationsWithoutRecipients,
          },
        },
        { tx, clock },
      );
      return summary;
    },
    { maxWait: 10_000, timeout: 120_000 },
  );
  if (result.emails > 0) await requestEmailDelivery();
  return result;
}

function alreadySent(ctx: Context, incident: LockedIncident, number: number, sentAt: Date): AppError {
  return new AppError(
    "conflict",
    NOTICE_MESSAGES.alreadySent(number, incident.reference, formatInstant("en", sentAt, ctx.timeZone)),
  );
}

function emailsFor(
  notification: NotificationRecipients,
  context: {
    providerName: string;
    incident: LockedIncident;
    phase: { id: string; number: number; summary: string; items: NoticeItemValues };
    sentAt: Date;
  },
): OutgoingEmail[] {
  const facts: Omit<NoticeEmailFacts, "timeZone"> = {
    providerName: context.providerName,
    reference: context.incident.reference,
    incidentTitle: context.incident.title,
    phaseNumber: context.phase.number,
    summary: context.phase.summary,
    items: context.phase.items,
    awareAt: context.incident.awareAt,
    sentAt: context.sentAt,
    organizationName: notification.organizationName,
    windowHours: notification.windowHours,
    deadlineAt: notification.deadlineAt,
    portalUrl: noticePortalUrl(env().APP_URL, notification.slug, notification.notificationId),
  };
  // One text per zone the organisation's recipients read in (their own, else the organisation's default).
  const texts = new Map<string, { subject: string; text: string }>();
  const emailIn = (timeZone: string) => {
    const email = texts.get(timeZone) ?? noticeEmail({ ...facts, timeZone });
    texts.set(timeZone, email);
    return email;
  };
  return notification.recipients.map((to) => ({
    idempotencyKey: noticeOutboxKey(context.phase.id, notification.organizationId, to),
    to,
    ...emailIn(notification.timeZones[to]!),
    organizationId: notification.organizationId,
    sensitive: false,
  }));
}

async function recordDeliveries(
  tx: Tx,
  phaseId: string,
  reached: NotificationRecipients[],
  at: Date,
): Promise<void> {
  for (let start = 0; start < reached.length; start += BATCH) {
    const batch = reached.slice(start, start + BATCH);
    await tx.noticeDelivery.createMany({
      data: batch.map((n) => ({
        notificationId: n.notificationId,
        phaseId,
        recipients: n.recipients,
        sentAt: at,
      })),
      skipDuplicates: true,
    });
    const firstTime = batch.filter((n) => n.firstSentAt === null).map((n) => n.notificationId);
    if (firstTime.length)
      await tx.incidentNotification.updateMany({
        where: { id: { in: firstTime }, firstSentAt: null },
        data: { firstSentAt: at },
      });
  }
}
