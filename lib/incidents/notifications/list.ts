import "server-only";
// The portal's list of an organisation's breach notifications: only its own, only once a phase was sent
// to it (its emails may still be queued: the list says whether the notice was delivered, ADR 0016).
import { authorizeOrgBySlug } from "../../auth/authorization/authorize.ts";
import { customerCan } from "../../auth/authorization/permissions.ts";
import type { Context } from "../../context/context.ts";
import { db } from "../../db/client.ts";

export type NotificationListItem = {
  id: string;
  reference: string;
  title: string;
  firstSentAt: Date;
  firstDeliveredAt: Date | null;
  latestPhase: number | null;
  acknowledgedAt: Date | null;
  acknowledgedByName: string | null;
};

export type NotificationList = {
  organization: { slug: string; name: string };
  canRespond: boolean;
  notifications: NotificationListItem[];
};

export async function listBreachNotifications(ctx: Context, slug: string): Promise<NotificationList> {
  const org = await authorizeOrgBySlug(ctx, slug, "org.breaches.view");
  const rows = await db.incidentNotification.findMany({
    where: { organizationId: org.organizationId, firstSentAt: { not: null } },
    orderBy: [{ firstSentAt: "desc" }, { id: "asc" }],
    select: {
      id: true,
      firstSentAt: true,
      firstDeliveredAt: true,
      acknowledgedAt: true,
      acknowledgedByName: true,
      incident: { select: { reference: true, title: true } },
      deliveries: { select: { phase: { select: { number: true } } } },
    },
  });
  return {
    organization: { slug: org.slug, name: org.name },
    canRespond: customerCan(org.role, "org.breaches.respond"),
    notifications: rows.map((row) => ({
      id: row.id,
      reference: row.incident.reference,
      title: row.incident.title,
      firstSentAt: row.firstSentAt!,
      firstDeliveredAt: row.firstDeliveredAt,
      latestPhase: row.deliveries.reduce<number | null>(
        (max, d) => (max === null || d.phase.number > max ? d.phase.number : max),
        null,
      ),
      acknowledgedAt: row.acknowledgedAt,
      acknowledgedByName: row.acknowledgedByName,
    })),
  };
}
