import "server-only";
// The staff console's landing figures.
import { authorizeStaff } from "../auth/authorization/authorize.ts";
import type { Context } from "../context/context.ts";
import { db } from "../db/client.ts";

export type AdminOverview = {
  organizations: { slug: string; name: string; members: number; breachNotificationHours: number }[];
  pendingEmails: number;
  failedEmails: number;
};

export async function getAdminOverview(ctx: Context): Promise<AdminOverview> {
  await authorizeStaff(ctx, "admin.view");
  const [organizations, pendingEmails, failedEmails] = await Promise.all([
    db.organization.findMany({
      orderBy: { name: "asc" },
      select: {
        slug: true,
        name: true,
        breachNotificationHours: true,
        _count: { select: { memberships: true } },
      },
    }),
    db.outboxEmail.count({ where: { status: "PENDING" } }),
    db.outboxEmail.count({ where: { status: "FAILED" } }),
  ]);
  return {
    organizations: organizations.map((o) => ({
      slug: o.slug,
      name: o.name,
      members: o._count.memberships,
      breachNotificationHours: o.breachNotificationHours,
    })),
    pendingEmails,
    failedEmails,
  };
}
