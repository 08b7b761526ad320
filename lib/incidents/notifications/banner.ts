import "server-only";
// The portal banner: delivered notifications of an organisation that nobody has acknowledged yet.
// The caller has already authorised the organisation (lib/organizations/portal.ts).
import { db } from "../../db/client.ts";

export type UnacknowledgedNotification = { id: string; reference: string; title: string };

export async function unacknowledgedNotifications(
  organizationId: string,
): Promise<UnacknowledgedNotification[]> {
  const rows = await db.incidentNotification.findMany({
    where: { organizationId, firstDeliveredAt: { not: null }, acknowledgedAt: null },
    orderBy: [{ firstDeliveredAt: "asc" }, { id: "asc" }],
    take: 5,
    select: { id: true, incident: { select: { reference: true, title: true } } },
  });
  return rows.map((row) => ({ id: row.id, reference: row.incident.reference, title: row.incident.title }));
}
