import "server-only";
// For staff (breach.view): per affected organisation, when the notice was first delivered and when
// and by whom it was acknowledged, with the organisation's B4 record.
import { authorizeStaff } from "../../auth/authorization/authorize.ts";
import type { Context } from "../../context/context.ts";
import { db } from "../../db/client.ts";

export type AcknowledgementRow = {
  organizationId: string;
  organizationName: string;
  firstDeliveredAt: Date | null;
  acknowledgedAt: Date | null;
  acknowledgedByName: string | null;
  authorityNotifiedAt: Date | null;
  authorityReference: string;
};

export async function listAcknowledgements(ctx: Context, incidentId: string): Promise<AcknowledgementRow[]> {
  await authorizeStaff(ctx, "breach.view");
  const rows = await db.incidentNotification.findMany({
    where: { incidentId },
    orderBy: [{ organization: { name: "asc" } }, { id: "asc" }],
    select: {
      organizationId: true,
      organization: { select: { name: true } },
      firstDeliveredAt: true,
      acknowledgedAt: true,
      acknowledgedByName: true,
      authorityNotifiedAt: true,
      authorityReference: true,
    },
  });
  return rows.map((row) => ({
    organizationId: row.organizationId,
    organizationName: row.organization.name,
    firstDeliveredAt: row.firstDeliveredAt,
    acknowledgedAt: row.acknowledgedAt,
    acknowledgedByName: row.acknowledgedByName,
    authorityNotifiedAt: row.authorityNotifiedAt,
    authorityReference: row.authorityReference,
  }));
}
