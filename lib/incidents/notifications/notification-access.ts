import "server-only";
// Access to one breach notification from the customer portal (S11, S12). The organisation comes from
// the notification itself; a notification of another organisation, one nothing has been sent for yet, or
// one addressed through another organisation's URL is "not found" — nothing of it is revealed.
import { authorizeOrgForRecord, type OrgContext } from "../../auth/authorization/authorize.ts";
import type { CustomerAction } from "../../auth/authorization/permissions.ts";
import type { Context } from "../../context/context.ts";
import { db } from "../../db/client.ts";
import { AppError } from "../../errors.ts";

export type NotificationAccess = { ctx: OrgContext; notificationId: string; incidentId: string };

const ID_PATTERN = /^[a-z0-9]{1,64}$/i;

export async function authorizeNotification(
  ctx: Context,
  slug: string,
  notificationId: string,
  action: CustomerAction,
): Promise<NotificationAccess> {
  const id = ID_PATTERN.test(notificationId) ? notificationId : "invalid";
  let incidentId: string | null = null;
  const org = await authorizeOrgForRecord(ctx, action, { type: "IncidentNotification", id }, async () => {
    const row = await db.incidentNotification.findFirst({
      where: { id, firstSentAt: { not: null } },
      select: { organizationId: true, incidentId: true },
    });
    incidentId = row?.incidentId ?? null;
    return row?.organizationId ?? null;
  });
  if (org.slug !== slug || incidentId === null) throw new AppError("not_found");
  return { ctx: org, notificationId: id, incidentId };
}
