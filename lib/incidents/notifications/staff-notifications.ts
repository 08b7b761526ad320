import "server-only";
// For staff (breach.view): one row per affected organisation of an incident — its window and deadline,
// whether the notice was sent and delivered (an SMTP server accepted it; ADR 0016), who acknowledged
// it and when, and the organisation's B4 record.
import { authorizeStaff } from "../../auth/authorization/authorize.ts";
import type { Context } from "../../context/context.ts";
import { db } from "../../db/client.ts";

export type StaffNotificationRow = {
  id: string;
  organizationId: string;
  organizationName: string;
  windowHours: number;
  deadlineAt: Date;
  firstSentAt: Date | null;
  firstDeliveredAt: Date | null;
  acknowledgedAt: Date | null;
  acknowledgedByName: string | null;
  authorityNotifiedAt: Date | null;
  authorityTimeZone: string;
  authorityReference: string;
};

export async function listIncidentNotifications(
  ctx: Context,
  incidentId: string,
): Promise<StaffNotificationRow[]> {
  await authorizeStaff(ctx, "breach.view");
  const rows = await db.incidentNotification.findMany({
    where: { incidentId },
    orderBy: [{ deadlineAt: "asc" }, { organization: { name: "asc" } }, { id: "asc" }],
    select: {
      id: true,
      organizationId: true,
      organization: { select: { name: true } },
      windowHours: true,
      deadlineAt: true,
      firstSentAt: true,
      firstDeliveredAt: true,
      acknowledgedAt: true,
      acknowledgedByName: true,
      authorityNotifiedAt: true,
      authorityTimeZone: true,
      authorityReference: true,
    },
  });
  return rows.map(({ organization, ...row }) => ({ ...row, organizationName: organization.name }));
}
