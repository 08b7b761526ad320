import "server-only";
// The portal's list of an organisation's breach notifications: only its own, only once delivered.
import { requireOrgBySlug } from "../../auth/authorization/authorize.ts";
import { customerCan } from "../../auth/authorization/permissions.ts";
import { db } from "../../db/client.ts";

export type NotificationListItem = {
  id: string;
  reference: string;
  title: string;
  firstDeliveredAt: Date;
  latestPhase: number | null;
  acknowledgedAt: Date | null;
  acknowledgedByName: string | null;
};

export type NotificationList = {
  organization: { slug: string; name: string };
  canRespond: boolean;
  notifications: NotificationListItem[];
};

export async function listBreachNotifications(slug: string): Promise<NotificationList> {
  const ctx = await requireOrgBySlug(slug, "org.breaches.view");
  const rows = await db.incidentNotification.findMany({
    where: { organizationId: ctx.organizationId, firstDeliveredAt: { not: null } },
    orderBy: [{ firstDeliveredAt: "desc" }, { id: "asc" }],
    select: {
      id: true,
      firstDeliveredAt: true,
      acknowledgedAt: true,
      acknowledgedByName: true,
      incident: { select: { reference: true, title: true } },
      deliveries: { select: { phase: { select: { number: true } } } },
    },
  });
  return {
    organization: { slug: ctx.slug, name: ctx.name },
    canRespond: customerCan(ctx.role, "org.breaches.respond"),
    notifications: rows.map((row) => ({
      id: row.id,
      reference: row.incident.reference,
      title: row.incident.title,
      firstDeliveredAt: row.firstDeliveredAt!,
      latestPhase: row.deliveries.reduce<number | null>(
        (max, d) => (max === null || d.phase.number > max ? d.phase.number : max),
        null,
      ),
      acknowledgedAt: row.acknowledgedAt,
      acknowledgedByName: row.acknowledgedByName,
    })),
  };
}
