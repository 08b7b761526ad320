// GDPR.md C1: under general authorisation the objection window runs from the notice's delivery, not from
// its announcement. A notice counts as delivered when an SMTP server first accepts one of its emails (ADR
// 0016; the portal entry alone is not delivery): the delivery worker calls this in the transaction that
// marks the outbox row SENT, so the notice's deliveredAt, its window's end and the row change together.
// The first delivery is audited in the organisation's chain.
import { recordAudit, SYSTEM_ACTOR } from "../audit/record.ts";
import type { Tx } from "../db/client.ts";
import type { AcceptedEmail } from "../incidents/notices/acceptance.ts";
import { fixedClock } from "../time/clock.ts";
import { parseNoticeEmailKey } from "./email-key.ts";
import { windowEnd } from "./window.ts";

/** True when this acceptance was the notice's first delivery. */
export async function recordSubprocessorNoticeDelivered(tx: Tx, email: AcceptedEmail): Promise<boolean> {
  const noticeId = parseNoticeEmailKey(email.idempotencyKey);
  if (!noticeId) return false;
  // Locked, so concurrent delivery lanes agree; the earliest acceptance wins even when a later one commits first.
  const [notice] = await tx.$queryRaw<
    {
      id: string;
      organizationId: string;
      mode: "GENERAL" | "SPECIFIC";
      noticeDays: number;
      deliveredAt: Date | null;
      type: string;
      subprocessor: string;
    }[]
  >`
    SELECT n.id, n."organizationId", n.mode, n."noticeDays", n."deliveredAt", c.type, s.name AS subprocessor
    FROM "SubprocessorNotice" n
    JOIN "SubprocessorChange" c ON c.id = n."changeId"
    JOIN "Subprocessor" s ON s.id = c."subprocessorId"
    WHERE n.id = ${noticeId}
    FOR UPDATE OF n`;
  if (!notice) return false;
  const first = notice.deliveredAt === null;
  if (!first && notice.deliveredAt! <= email.sentAt) return false;
  const windowEndsAt = windowEnd(notice.mode, email.sentAt, notice.noticeDays, notice.type !== "REMOVE");
  await tx.subprocessorNotice.update({
    where: { id: notice.id },
    data: { deliveredAt: email.sentAt, windowEndsAt },
  });
  if (!first) return false;
  await recordAudit(
    {
      organizationId: notice.organizationId,
      actor: SYSTEM_ACTOR,
      action: "subprocessor.notice.delivered",
      target: { type: "SubprocessorNotice", id: notice.id },
      metadata: { subprocessor: notice.subprocessor, windowEndsAt: windowEndsAt?.toISOString() ?? null },
    },
    { tx, clock: fixedClock(email.sentAt) },
  );
  return true;
}
