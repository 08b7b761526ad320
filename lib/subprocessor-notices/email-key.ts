// The outbox idempotency key of a subprocessor notice emailed to one address:
// "subprocessor-notice:<noticeId>:<address>". The announcement writes it, the delivery worker reads it back
// to mark the notice delivered (./delivered.ts), the staff matrix looks each recipient's email up by it.
const PREFIX = "subprocessor-notice:";

export const noticeEmailKey = (noticeId: string, address: string) => `${PREFIX}${noticeId}:${address}`;

/** The notice's id; null for any other email. */
export function parseNoticeEmailKey(key: string): string | null {
  if (!key.startsWith(PREFIX)) return null;
  const [noticeId, ...address] = key.slice(PREFIX.length).split(":");
  return noticeId && address.join(":") ? noticeId : null;
}
