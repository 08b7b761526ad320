// A request's history as its audit events (the organisation's chain for the portal, the provider's for
// the console), oldest first, with the catalogue's readable names.
import { AUDIT_EVENT_LABELS, isAuditAction } from "../audit/events.ts";
import { chainFor } from "../audit/hash.ts";
import { db } from "../db/client.ts";
import type { Text } from "../i18n/text.ts";

export type TimelineEntry = { at: Date; action: string; label: Text; actor: string };

export async function timelineOf(
  requestId: string,
  organizationId: string | null,
  targetType: "DataSubjectRequest" | "DirectRequest" = "DataSubjectRequest",
): Promise<TimelineEntry[]> {
  const events = await db.auditEvent.findMany({
    where: { chain: chainFor(organizationId), targetType, targetId: requestId },
    orderBy: { seq: "asc" },
    select: { createdAt: true, action: true, actorLabel: true },
    take: 500,
  });
  return events.map((event) => ({
    at: event.createdAt,
    action: event.action,
    label: isAuditAction(event.action) ? AUDIT_EVENT_LABELS[event.action] : { en: event.action },
    actor: event.actorLabel,
  }));
}
