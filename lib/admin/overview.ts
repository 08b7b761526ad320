import "server-only";
// The staff console's landing figures.
import { authorizeStaff } from "../auth/authorization/authorize.ts";
import { staffCan } from "../auth/authorization/permissions.ts";
import type { Context } from "../context/context.ts";
import { db } from "../db/client.ts";

export type AdminOverview = {
  organizations: {
    id: string;
    slug: string;
    name: string;
    members: number;
    breachNotificationHours: number;
  }[];
  /** Whether the caller may open an organisation, and create one. */
  mayOpen: boolean;
  mayCreate: boolean;
  pendingEmails: number;
  failedEmails: number;
};

export async function getAdminOverview(ctx: Context): Promise<AdminOverview> {
  const { actor } = await authorizeStaff(ctx, "admin.view");
  const [organizations, pendingEmails, failedEmails] = await Promise.all([
    db.organization.findMany({
      orderBy: { name: "asc" },
      select: {
        id: true,
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
      id: o.id,
      slug: o.slug,
      name: o.name,
      members: o._count.memberships,
      breachNotificationHours: o.breachNotificationHours,
    })),
    mayOpen: staffCan(actor.staffRoles, "admin.organizations.view"),
    mayCreate: staffCan(actor.staffRoles, "admin.organizations.manage"),
    pendingEmails,
    failedEmails,
  };
}
