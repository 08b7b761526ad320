import "server-only";
// Access to one breach notification from the customer portal (S11, S12). The organisation comes from
// the notification itself; a notification of another organisation, one not yet delivered, or one
// addressed through another organisation's URL is "not found" — nothing of it is revealed.
import { requireOrgForRecord, type OrgContext } from "../../auth/authorization/authorize.ts";
import { NotFoundError } from "../../errors.ts";
import type { CustomerAction } from "../../auth/authorization/permissions.ts";
import { db } from "../../db/client.ts";

export type NotificationAccess = { ctx: OrgContext; notificationId: string; incidentId: string };

const ID_PATTERN = /^[a-z0-9]{1,64}$/i;

export async function requireNotificationAccess(
  slug: string,
  notificationId: string,
  action: CustomerAction,
): Promise<NotificationAccess> {
  const id = ID_PATTERN.test(notificationId) ? notificationId : "invalid";
  let incidentId: string | null = null;
  const ctx = await requireOrgForRecord(action, { type: "IncidentNotification", id }, async () => {
    const row = await db.incidentNotification.findFirst({
      where: { id, firstDeliveredAt: { not: null } },
      select: { organizationId: true, incidentId: true },
    });
    incidentId = row?.incidentId ?? null;
    return row?.organizationId ?? null;
  });
  if (ctx.slug !== slug || incidentId === null) throw new NotFoundError();
  return { ctx, notificationId: id, incidentId };
}
