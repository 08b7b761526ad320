// Breach notifications the organisation received (B1–B4, B8): each notification (only once its first
// phase was sent: before that the organisation has not been told), every phase sent to it with its
// Art. 33(3) items, and every email of a phase with its delivery state (the evidence of when the
// organisation was told). Another organisation's notification, addresses or acknowledgement never.
import { noticeOutboxKey } from "../../incidents/notices/outbox-key.ts";
import { afterId, columns, defineEntity, pagesById, type ExportRow } from "../entity.ts";

const sent = (organizationId: string) => ({ organizationId, firstSentAt: { not: null } });
/** The phases sent to the organisation (a delivery exists only once its phase was sent). */
const deliveredTo = (organizationId: string) => ({ notification: { organizationId } });

export const breachNotificationsEntity = defineEntity({
  name: "breach-notifications",
  title: "Breach notifications",
  about:
    "Every personal-data breach the provider notified to the organisation, its deadline, when it was delivered, and what the organisation recorded (acknowledgement, its own notification to its supervisory authority).",
  columns: columns({
    id: "the notification's id",
    incident_reference: "the provider's incident reference",
    incident_title: "the incident's title",
    aware_at: "when the provider became aware (UTC)",
    data_categories: "categories of personal data concerned",
    window_hours: "the contractual window used, hours from awareness",
    deadline_at: "the contractual deadline (UTC)",
    first_sent_at: "when the first phase was sent (UTC)",
    first_delivered_at: "when a mail server first accepted it for a recipient (UTC)",
    acknowledged_at: "when the organisation acknowledged it (UTC)",
    acknowledged_by_name: "who acknowledged it",
    authority_notified_at: "when the organisation notified its supervisory authority (UTC)",
    authority_time_zone: "the time zone that time was entered in",
    authority_reference: "the authority's reference",
    authority_delay_reason: "the reason given for a late notification",
  }),
  count: ({ tx, organizationId }) => tx.incidentNotification.count({ where: sent(organizationId) }),
  pages: ({ tx, organizationId, pageSize }) =>
    pagesById(
      pageSize,
      (after, take) =>
        tx.incidentNotification.findMany({
          where: { ...sent(organizationId), ...afterId(after) },
          orderBy: { id: "asc" },
          take,
          include: {
            incident: { select: { reference: true, title: true, awareAt: true, dataCategories: true } },
          },
        }),
      (n) => ({
        id: n.id,
        incident_reference: n.incident.reference,
        incident_title: n.incident.title,
        aware_at: n.incident.awareAt,
        data_categories: n.incident.dataCategories,
        window_hours: n.windowHours,
        deadline_at: n.deadlineAt,
        first_sent_at: n.firstSentAt,
        first_delivered_at: n.firstDeliveredAt,
        acknowledged_at: n.acknowledgedAt,
        acknowledged_by_name: n.acknowledgedByName,
        authority_notified_at: n.authorityNotifiedAt,
        authority_time_zone: n.authorityTimeZone,
        authority_reference: n.authorityReference,
        authority_delay_reason: n.authorityDelayReason,
      }),
    ),
});

const ITEMS = {
  nature: "(a) the nature of the breach (empty: not yet known)",
  data_subjects: "(a) categories and approximate number of data subjects",
  records: "(a) categories and approximate number of personal data records",
  contact_point: "(b) the contact point for more information",
  likely_consequences: "(c) likely consequences",
  measures: "(d) measures taken or proposed",
};

export const breachNoticesEntity = defineEntity({
  name: "breach-notices",
  title: "Breach notice phases",
  about: "Every phase of a breach notice sent to the organisation, with the Art. 33(3) items as sent.",
  columns: columns({
    id: "the delivery's id",
    notification_id: "the notification (breach-notifications.id)",
    incident_reference: "the provider's incident reference",
    phase: "the phase number (1, 2, …)",
    sent_at: "when the phase was sent to the organisation (UTC)",
    recipients: "the addresses it was emailed to",
    summary: "what changed since the previous phase",
    ...ITEMS,
  }),
  count: ({ tx, organizationId }) => tx.noticeDelivery.count({ where: deliveredTo(organizationId) }),
  pages: ({ tx, organizationId, pageSize }) =>
    pagesById(
      pageSize,
      (after, take) =>
        tx.noticeDelivery.findMany({
          where: { ...deliveredTo(organizationId), ...afterId(after) },
          orderBy: { id: "asc" },
          take,
          include: {
            notification: { select: { incident: { select: { reference: true } } } },
            phase: true,
          },
        }),
      (d) => ({
        id: d.id,
        notification_id: d.notificationId,
        incident_reference: d.notification.incident.reference,
        phase: d.phase.number,
        sent_at: d.sentAt,
        recipients: d.recipients,
        summary: d.phase.summary,
        nature: d.phase.nature,
        data_subjects: d.phase.dataSubjects,
        records: d.phase.records,
        contact_point: d.phase.contactPoint,
        likely_consequences: d.phase.likelyConsequences,
        measures: d.phase.measures,
      }),
    ),
});

export const breachNoticeEmailsEntity = defineEntity({
  name: "breach-notice-emails",
  title: "Breach notice emails",
  about:
    "Every email of a breach notice phase to one of the organisation's addresses, and whether a mail server accepted it (delivery evidence).",
  columns: columns({
    delivery_id: "the phase sent (breach-notices.id)",
    incident_reference: "the provider's incident reference",
    phase: "the phase number",
    address: "the recipient address",
    status: "PENDING (not yet accepted), SENT (a mail server accepted it) or FAILED",
    attempts: "delivery attempts",
    queued_at: "when the email was queued (UTC)",
    accepted_at: "when a mail server accepted it (UTC)",
  }),
  count: async ({ tx, organizationId }) => {
    const [row] = await tx.$queryRaw<{ n: bigint }[]>`
      SELECT COALESCE(SUM(cardinality(d."recipients")), 0)::bigint AS n
      FROM "NoticeDelivery" d JOIN "IncidentNotification" n ON n."id" = d."notificationId"
      WHERE n."organizationId" = ${organizationId}`;
    return Number(row?.n ?? 0);
  },
  async *pages({ tx, organizationId, pageSize }) {
    const deliveries = pagesById(
      pageSize,
      (after, take) =>
        tx.noticeDelivery.findMany({
          where: { ...deliveredTo(organizationId), ...afterId(after) },
          orderBy: { id: "asc" },
          take,
          select: {
            id: true,
            phaseId: true,
            recipients: true,
            notification: { select: { incident: { select: { reference: true } } } },
            phase: { select: { number: true } },
          },
        }),
      (d) => d,
    );
    for await (const page of deliveries) {
      const wanted = page.flatMap((d) =>
        d.recipients.map((address) => ({
          d,
          address,
          key: noticeOutboxKey(d.phaseId, organizationId, address),
        })),
      );
      const emails = await tx.outboxEmail.findMany({
        where: { organizationId, idempotencyKey: { in: wanted.map((w) => w.key) } },
        select: { idempotencyKey: true, status: true, attempts: true, createdAt: true, sentAt: true },
      });
      const byKey = new Map(emails.map((e) => [e.idempotencyKey, e]));
      yield wanted.map(({ d, address, key }): ExportRow => {
        const email = byKey.get(key);
        return {
          delivery_id: d.id,
          incident_reference: d.notification.incident.reference,
          phase: d.phase.number,
          address,
          status: email?.status ?? null,
          attempts: email?.attempts ?? null,
          queued_at: email?.createdAt ?? null,
          accepted_at: email?.sentAt ?? null,
        };
      });
    }
  },
});
