import "server-only";
// What the customer portal shows about an organisation. Every function authorises first.
import { cache } from "react";
import { requireOrgBySlug } from "../auth/authorization/authorize.ts";
import { requireActor } from "../auth/sessions/actor.ts";
import {
  unacknowledgedNotifications,
  type UnacknowledgedNotification,
} from "../incidents/notifications/banner.ts";
import { db } from "../db/client.ts";
import type { CustomerRole } from "../generated/prisma/enums.ts";
import { customerCan } from "../auth/authorization/permissions.ts";

export type OrganizationOverview = {
  slug: string;
  name: string;
  viewerRole: CustomerRole;
  breachNotificationHours: number;
  dsrDueDays: number;
  memberCount: number;
  canViewMembers: boolean;
  canManageSettings: boolean;
  canViewBreaches: boolean;
  /** Delivered breach notifications nobody has acknowledged yet (the portal banner); empty without org.breaches.view. */
  unacknowledgedBreaches: UnacknowledgedNotification[];
};

/** Cached per request: the portal layout and its page both need it, and ask once. */
export const getOrganizationOverview = cache(async (slug: string): Promise<OrganizationOverview> => {
  const ctx = await requireOrgBySlug(slug, "org.view");
  const org = await db.organization.findUniqueOrThrow({
    where: { id: ctx.organizationId },
    select: {
      slug: true,
      name: true,
      breachNotificationHours: true,
      dsrDueDays: true,
      _count: { select: { memberships: true } },
    },
  });
  const canViewBreaches = customerCan(ctx.role, "org.breaches.view");
  return {
    slug: org.slug,
    name: org.name,
    viewerRole: ctx.role,
    breachNotificationHours: org.breachNotificationHours,
    dsrDueDays: org.dsrDueDays,
    memberCount: org._count.memberships,
    canViewMembers: customerCan(ctx.role, "org.members.view"),
    canManageSettings: customerCan(ctx.role, "org.settings.manage"),
    canViewBreaches,
    unacknowledgedBreaches: canViewBreaches ? await unacknowledgedNotifications(ctx.organizationId) : [],
  };
});

/** Organisations the signed-in user belongs to (the portal chooser). */
export async function myOrganizations(): Promise<{ slug: string; name: string; role: CustomerRole }[]> {
  const actor = await requireActor();
  return actor.memberships.map((m) => ({ slug: m.slug, name: m.name, role: m.role }));
}
