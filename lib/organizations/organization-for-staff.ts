import "server-only";
// One customer organisation as the staff console shows it (admin.organizations.view): its contract
// settings, members and invitations, and whether the caller may change them. An unknown id is not found.
import { authorizeStaff } from "../auth/authorization/authorize.ts";
import { staffCan } from "../auth/authorization/permissions.ts";
import type { Context } from "../context/context.ts";
import { db } from "../db/client.ts";
import { AppError } from "../errors.ts";
import type { CustomerRole, SubprocessorAuthorisation } from "../generated/prisma/enums.ts";
import { isLocale, type Locale } from "../i18n/locale.ts";

export type InvitationStatus = "pending" | "accepted" | "revoked" | "expired";

export type StaffOrganizationView = {
  id: string;
  slug: string;
  name: string;
  createdAt: Date;
  breachNotificationHours: number;
  dsrDueDays: number;
  defaultTimeZone: string;
  defaultLanguage: Locale;
  /** C1: how it authorises new subprocessors and its notice period (lib/subprocessor-notices). */
  subprocessorAuthorisation: SubprocessorAuthorisation;
  subprocessorNoticeDays: number;
  members: { userId: string; name: string; email: string; role: CustomerRole }[];
  invitations: { id: string; email: string; role: CustomerRole; status: InvitationStatus; at: Date }[];
  hasOwner: boolean;
  mayManage: boolean;
};

export async function getOrganizationForStaff(ctx: Context, id: string): Promise<StaffOrganizationView> {
  const { actor } = await authorizeStaff(ctx, "admin.organizations.view");
  const row = await db.organization.findUnique({
    where: { id },
    select: {
      id: true,
      slug: true,
      name: true,
      createdAt: true,
      breachNotificationHours: true,
      dsrDueDays: true,
      defaultTimeZone: true,
      defaultLanguage: true,
      subprocessorAuthorisation: true,
      subprocessorNoticeDays: true,
      memberships: {
        select: { role: true, user: { select: { id: true, name: true, email: true } } },
        orderBy: [{ role: "asc" }, { user: { email: "asc" } }],
      },
      invitations: {
        select: {
          id: true,
          email: true,
          role: true,
          createdAt: true,
          expiresAt: true,
          acceptedAt: true,
          revokedAt: true,
        },
        orderBy: { createdAt: "desc" },
        take: 20,
      },
    },
  });
  if (!row) throw new AppError("not_found");
  const now = ctx.clock.now();
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    createdAt: row.createdAt,
    breachNotificationHours: row.breachNotificationHours,
    dsrDueDays: row.dsrDueDays,
    defaultTimeZone: row.defaultTimeZone,
    defaultLanguage: isLocale(row.defaultLanguage) ? row.defaultLanguage : "en",
    subprocessorAuthorisation: row.subprocessorAuthorisation,
    subprocessorNoticeDays: row.subprocessorNoticeDays,
    members: row.memberships.map((m) => ({
      userId: m.user.id,
      name: m.user.name,
      email: m.user.email,
      role: m.role,
    })),
    invitations: row.invitations.map((i) => ({
      id: i.id,
      email: i.email,
      role: i.role,
      ...(i.acceptedAt
        ? { status: "accepted" as const, at: i.acceptedAt }
        : i.revokedAt
          ? { status: "revoked" as const, at: i.revokedAt }
          : i.expiresAt <= now
            ? { status: "expired" as const, at: i.expiresAt }
            : { status: "pending" as const, at: i.createdAt }),
    })),
    hasOwner: row.memberships.some((m) => m.role === "OWNER"),
    mayManage: staffCan(actor.staffRoles, "admin.organizations.manage"),
  };
}
