import "server-only";
// The portal banner: the organisation's notifications that nobody has acknowledged yet — how many there
// are in all, and the newest few (the newest is the one that matters most). Counted from the first phase
// sent, as the portal shows them from then. The caller has already authorised the organisation
// (lib/organizations/portal.ts).
import { db } from "../../db/client.ts";

export type UnacknowledgedNotification = { id: string; reference: string; title: string; sentAt: Date };

export type UnacknowledgedNotifications = {
  /** Every unacknowledged notification of the organisation. */
  total: number;
  /** The newest BANNER_LIMIT of them, newest first. */
  newest: UnacknowledgedNotification[];
};

export const BANNER_LIMIT = 5;

export async function unacknowledgedNotifications(
  organizationId: string,
): Promise<UnacknowledgedNotifications> {
  const where = { organizationId, firstSentAt: { not: null }, acknowledgedAt: null };
  const [total, rows] = await Promise.all([
    db.incidentNotification.count({ where }),
    db.incidentNotification.findMany({
      where,
      orderBy: [{ firstSentAt: "desc" }, { id: "asc" }],
      take: BANNER_LIMIT,
      select: { id: true, firstSentAt: true, incident: { select: { reference: true, title: true } } },
    }),
  ]);
  return {
    total,
    newest: rows.map((row) => ({
      id: row.id,
      reference: row.incident.reference,
      title: row.incident.title,
      sentAt: row.firstSentAt!,
    })),
  };
}
