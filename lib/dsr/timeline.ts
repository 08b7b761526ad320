// A request's history as its audit events (the organisation's chain for the portal, the provider's for
// the console), oldest first, with the catalogue's readable names. In the organisation's chain the
// provider's staff appear as the provider's staff, as in the organisation's audit log (lib/audit/log-actors.ts).
import { AUDIT_EVENT_LABELS, isAuditAction } from "../audit/events.ts";
import { chainFor } from "../audit/hash.ts";
import { providerStaffIds } from "../audit/log-actors.ts";
import { AUDIT_LOG_MESSAGES } from "../audit/messages.ts";
import { db } from "../db/client.ts";
import type { Text } from "../i18n/text.ts";
import { providerBranding } from "../provider/branding.ts";

export type TimelineEntry = { at: Date; action: string; label: Text; actor: Text };

export async function timelineOf(
  requestId: string,
  organizationId: string | null,
  targetType: "DataSubjectRequest" | "DirectRequest" = "DataSubjectRequest",
): Promise<TimelineEntry[]> {
  const [events, staff] = await Promise.all([
    db.auditEvent.findMany({
      where: { chain: chainFor(organizationId), targetType, targetId: requestId },
      orderBy: { seq: "asc" },
      select: { createdAt: true, action: true, actorLabel: true, actorUserId: true },
      take: 500,
    }),
    organizationId ? providerStaffIds(organizationId).then((ids) => new Set(ids)) : null,
  ]);
  const staffName =
    staff && events.some((e) => e.actorUserId && staff.has(e.actorUserId))
      ? AUDIT_LOG_MESSAGES.providerStaff((await providerBranding()).name)
      : null;
  return events.map((event) => ({
    at: event.createdAt,
    action: event.action,
    label: isAuditAction(event.action) ? AUDIT_EVENT_LABELS[event.action] : { en: event.action },
    actor:
      staffName && event.actorUserId && staff?.has(event.actorUserId) ? staffName : { en: event.actorLabel },
  }));
}
