// The outbox idempotency key of one notice phase emailed to one address of one organisation:
// "breach:<phaseId>:<organizationId>:<address>". The sender writes it, the delivery worker reads it back
// to mark the notification delivered (ADR 0016), the pages and the evidence pack look emails up by it.
const PREFIX = "breach:";

export type NoticeEmailKey = { phaseId: string; organizationId: string; address: string };

export function noticeOutboxKey(phaseId: string, organizationId: string, address: string): string {
  return `${PREFIX}${phaseId}:${organizationId}:${address}`;
}

/** The parts of a notice email's key; null for any other email (staff reminders use "breach-…" keys). */
export function parseNoticeOutboxKey(key: string): NoticeEmailKey | null {
  if (!key.startsWith(PREFIX)) return null;
  const [phaseId, organizationId, ...rest] = key.slice(PREFIX.length).split(":");
  const address = rest.join(":");
  if (!phaseId || !organizationId || !address) return null;
  return { phaseId, organizationId, address };
}
