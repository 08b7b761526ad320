// ADR 0016: a breach notice counts as delivered to an organisation when an SMTP server first accepts it
// for one of the organisation's recipients — not when it is sent (queued). The delivery worker calls
// this in the transaction that marks the email's outbox row SENT, so the notification's
// firstDeliveredAt (deadline met, B1; the controller's clock, B4) and the row change together. The first
// acceptance per organisation is audited in the organisation's chain (it is evidence, B8).
import { recordAudit, SYSTEM_ACTOR } from "../../audit/record.ts";
import type { Tx } from "../../db/client.ts";
import { fixedClock } from "../../time/clock.ts";
import { parseNoticeOutboxKey } from "./outbox-key.ts";

export type AcceptedEmail = { idempotencyKey: string; sentAt: Date };

/** True when this acceptance was the organisation's first delivery of the incident's notice. */
export async function recordNoticeAccepted(tx: Tx, email: AcceptedEmail): Promise<boolean> {
  const key = parseNoticeOutboxKey(email.idempotencyKey);
  if (!key) return false;
  // Locked, so concurrent delivery lanes of the same organisation agree; the earliest acceptance wins
  // even when a later one commits first.
  const [notification] = await tx.$queryRaw<
    { id: string; incidentId: string; firstDeliveredAt: Date | null; phase: number }[]
  >`
    SELECT n.id, n."incidentId", n."firstDeliveredAt", p.number AS phase
    FROM "IncidentNotification" n
    JOIN "NoticeDelivery" d ON d."notificationId" = n.id
    JOIN "NoticePhase" p ON p.id = d."phaseId"
    WHERE d."phaseId" = ${key.phaseId} AND n."organizationId" = ${key.organizationId}
    FOR UPDATE OF n`;
  if (!notification) return false;
  const { firstDeliveredAt } = notification;
  if (firstDeliveredAt && firstDeliveredAt <= email.sentAt) return false;
  await tx.$executeRaw`
    UPDATE "IncidentNotification" SET "firstDeliveredAt" = ${email.sentAt}, "updatedAt" = ${email.sentAt}
    WHERE id = ${notification.id}`;
  if (firstDeliveredAt) return false;
  await recordAudit(
    {
      organizationId: key.organizationId,
      actor: SYSTEM_ACTOR,
      action: "breach.notification.delivered",
      target: { type: "IncidentNotification", id: notification.id },
      metadata: { incidentId: notification.incidentId, phase: notification.phase },
    },
    { tx, clock: fixedClock(email.sentAt) },
  );
  return true;
}
