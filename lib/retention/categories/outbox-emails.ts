import type { RetentionCategory } from "./category.ts";

/**
 * Emails the outbox delivered: kept as evidence of delivery, then removed. Breach notices
 * ("breach:<phaseId>:…", lib/incidents/notices/outbox-key.ts) are not: their outbox row is the evidence
 * that the notice was delivered (ADR 0016), kept with the notified incident (ADR 0026).
 */
export const outboxEmails: RetentionCategory = {
  key: "outbox-emails",
  label: { en: "Sent emails", de: "Versendete E-Mails" },
  counts: { en: "from sending", de: "ab Versand" },
  defaultDays: 365,
  defaultMinDays: 30,
  selector: 'OutboxEmail status = SENT and "sentAt" before the cutoff, except breach notices',
  sql: {
    table: '"OutboxEmail"',
    from: '"OutboxEmail" t',
    id: "t.id",
    organization: 't."organizationId"',
    at: 't."sentAt"',
    where: "t.status = 'SENT' AND t.\"sentAt\" IS NOT NULL AND t.\"idempotencyKey\" NOT LIKE 'breach:%'",
  },
};
