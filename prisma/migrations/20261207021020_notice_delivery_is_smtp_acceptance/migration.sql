-- AlterTable
ALTER TABLE "IncidentNotification" ADD COLUMN     "authorityTimeZone" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "firstSentAt" TIMESTAMP(3);

-- AlterTable (a rename, so the times are kept: the column always held when the phase was sent)
ALTER TABLE "NoticeDelivery" RENAME COLUMN "deliveredAt" TO "sentAt";

-- Sending is not delivering (ADR 0016). Until now firstDeliveredAt was set when a phase was sent: that
-- moment becomes firstSentAt, and firstDeliveredAt becomes the first time an SMTP server accepted the
-- notice for one of the organisation's recipients (the outbox row of that email was marked SENT).
UPDATE "IncidentNotification" SET "firstSentAt" = "firstDeliveredAt";
UPDATE "IncidentNotification" n SET "firstDeliveredAt" = (
  SELECT min(o."sentAt")
  FROM "NoticeDelivery" d
  CROSS JOIN LATERAL unnest(d.recipients) AS r(address)
  JOIN "OutboxEmail" o
    ON o."idempotencyKey" = 'breach:' || d."phaseId" || ':' || n."organizationId" || ':' || r.address
   AND o.status = 'SENT'
  WHERE d."notificationId" = n.id
);
