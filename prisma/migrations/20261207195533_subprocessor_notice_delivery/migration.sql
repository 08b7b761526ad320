-- AlterTable
ALTER TABLE "SubprocessorNotice" ADD COLUMN     "deliveredAt" TIMESTAMP(3);

-- Notices announced before this migration: delivered when their first email was accepted, and the window
-- of an unanswered GENERAL notice runs from that moment (ADR 0030, amended); undelivered ones wait.
UPDATE "SubprocessorNotice" n SET "deliveredAt" = d.first
FROM (
  SELECT split_part(o."idempotencyKey", ':', 2) AS id, min(o."sentAt") AS first
  FROM "OutboxEmail" o
  WHERE o."idempotencyKey" LIKE 'subprocessor-notice:%' AND o.status = 'SENT' AND o."sentAt" IS NOT NULL
  GROUP BY 1
) d
WHERE d.id = n.id;

UPDATE "SubprocessorNotice"
SET "windowEndsAt" = CASE WHEN "deliveredAt" IS NULL THEN NULL
                          ELSE "deliveredAt" + make_interval(days => "noticeDays") END
WHERE status = 'NOTIFIED' AND mode = 'GENERAL' AND "windowEndsAt" IS NOT NULL;
