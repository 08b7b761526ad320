import "server-only";
// What the customer portal shows about an organisation. Every function authorises first.
import { authorizeOrgBySlug, requireSignedIn } from "../auth/authorization/authorize.ts";
import { customerCan } from "../auth/authorization/permissions.ts";
import { ssoPolicyMet } from "../auth/authorization/sso-policy.ts";
import type { Context } from "../context/context.ts";
import { db } from "../db/client.ts";
import type { CustomerRole } from "../generated/prisma/enums.ts";
import {
  unacknowledgedNotifications,
  type UnacknowledgedNotifications,
} from "../incidents/notifications/banner.ts";

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
  /** Data-subject requests (org.dsr.view). */
  canViewRequests: boolean;
  /** API keys and webhook endpoints (the API page). */
  canManageApi: boolean;
  /** The organisation's own audit log (org.audit.view: owners, admins, auditors). */
  canViewAudit: boolean;
  /** The full export of the organisation (org.export.manage: owners and admins). */
  canExport: boolean;
  /** Breach notifications nobody has acknowledged yet: how many, and the newest (the portal banner); none without org.breaches.view. */
  unacknowledgedBreaches: UnacknowledgedNotifications;
  /** The zone the viewer reads in here: their own, else the organisation's default (lib/time/reader-time-zone.ts). */
  timeZone: string;
};

/**
 * The portal's frame and landing figures. The portal layout and its page both need it: they share one
 * load per request through app/portal/[org]/load-overview.ts.
 */
export async function getOrganizationOverview(ctx: Context, slug: string): Promise<OrganizationOverview> {
  const org = await authorizeOrgBySlug(ctx, slug, "org.view");
  const row = await db.organization.findUniqueOrThrow({
    where: { id: org.organizationId },
    select: {
      slug: true,
      name: true,
      breachNotificationHours: true,
      dsrDueDays: true,
      _count: { select: { memberships: true } },
    },
  });
  const canViewBreaches = customerCan(org.role, "org.breaches.view");
  return {
    slug: row.slug,
    name: row.name,
    viewerRole: org.role,
    breachNotificationHours: row.breachNotificationHours,
    dsrDueDays: row.dsrDueDays,
    memberCount: row._count.memberships,
    canViewMembers: customerCan(org.role, "org.members.view"),
    canManageSettings: customerCan(org.role, "org.settings.manage"),
    canViewBreaches,
    canViewRequests: customerCan(org.role, "org.dsr.view"),
    canManageApi: customerCan(org.role, "org.api.manage"),
    canViewAudit: customerCan(org.role, "org.audit.view"),
    canExport: customerCan(org.role, "org.export.manage"),
    unacknowledgedBreaches: canViewBreaches
      ? await unacknowledgedNotifications(org.organizationId)
      : { total: 0, newest: [] },
    timeZone: org.timeZone,
  };
}

/**
 * Organisations the signed-in user belongs to (the portal chooser). `needsOwnMicrosoftSignIn`: the
 * organisation requires Microsoft sign-in and this session came through another organisation's
 * connection, so its portal stays closed until the user signs in through its own (ADR 0014).
 */
export function myOrganizations(
  ctx: Context,
): { slug: string; name: string; role: CustomerRole; needsOwnMicrosoftSignIn: boolean }[] {
  const { actor } = requireSignedIn(ctx);
  return actor.memberships.map((m) => ({
    slug: m.slug,
    name: m.name,
    role: m.role,
    needsOwnMicrosoftSignIn: !ssoPolicyMet(actor, m),
  }));
}
