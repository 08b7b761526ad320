import "server-only";
// Who reads an audit log and which chain (SECURITY.md S11, S18): staff with admin.audit.view read the
// provider's chain or any organisation's, as recorded; an organisation's OWNER, ADMIN and AUDITOR
// (org.audit.view) read only their own organisation's chain, in their language, with the provider's
// staff named as such. The page, the export and the verification take this context, so the chain always
// comes from the authorisation, never from the URL.
import { authorizeOrgBySlug, authorizeStaff } from "../auth/authorization/authorize.ts";
import type { Context, SignedInContext } from "../context/context.ts";
import { db } from "../db/client.ts";
import { AppError } from "../errors.ts";
import { localize } from "../i18n/text.ts";
import { providerBranding } from "../provider/branding.ts";
import { providerStaffIds } from "./log-actors.ts";
import type { AuditLogFilter } from "./log-filter.ts";
import { STAFF_READER, type AuditLogReader } from "./log-entry.ts";
import { AUDIT_LOG_MESSAGES } from "./messages.ts";

export type AuditOrganization = { id: string; name: string };

export type AuditLogContext = SignedInContext & {
  /** "staff": the console; "organization": the organisation's own members in the portal. */
  audience: "staff" | "organization";
  /** The organisation whose chain is read; null: the provider's (staff only). */
  organization: AuditOrganization | null;
  reader: AuditLogReader;
};

/** An organisation by id, for staff who may read the audit log; not_found when there is none. */
async function auditedOrganization(organizationId: string | null): Promise<AuditOrganization | null> {
  if (!organizationId) return null;
  const organization = await db.organization.findUnique({
    where: { id: organizationId },
    select: { id: true, name: true },
  });
  if (!organization) throw new AppError("not_found", AUDIT_LOG_MESSAGES.unknownOrganization);
  return organization;
}

/** Staff (admin.audit.view) reading the provider's chain (null) or an organisation's. */
export async function staffAuditLogContext(
  ctx: Context,
  organizationId: string | null,
): Promise<AuditLogContext> {
  const staff = await authorizeStaff(ctx, "admin.audit.view");
  return {
    ...staff,
    audience: "staff",
    organization: await auditedOrganization(organizationId),
    reader: STAFF_READER,
  };
}

/** A member (org.audit.view) reading their own organisation's chain; another organisation is not_found. */
export async function organizationAuditLogContext(ctx: Context, slug: string): Promise<AuditLogContext> {
  const org = await authorizeOrgBySlug(ctx, slug, "org.audit.view");
  const [ids, brand] = await Promise.all([providerStaffIds(org.organizationId), providerBranding()]);
  return {
    ...org,
    audience: "organization",
    organization: { id: org.organizationId, name: org.name },
    reader: {
      locale: org.locale,
      staff: { ids, label: localize(AUDIT_LOG_MESSAGES.providerStaff(brand.name), org.locale) },
    },
  };
}

/** The chain's organisation id (null: the provider's), as the filters and the chain name take it. */
export function chainOrganizationId(ctx: AuditLogContext): string | null {
  return ctx.organization?.id ?? null;
}

/**
 * The filter as `ctx` may read it: the chain is the authorised one, whatever was asked, and in an
 * organisation the days are read in the member's zone there (their own, else the organisation's default).
 */
export function authorizedFilter(ctx: AuditLogContext, requested: AuditLogFilter): AuditLogFilter {
  return {
    ...requested,
    organizationId: chainOrganizationId(ctx),
    timeZone: ctx.audience === "organization" ? ctx.timeZone : requested.timeZone,
  };
}

/**
 * Where the reader's own acts on the log (exports, verifications) are audited: staff's in the provider's
 * chain, a member's in their organisation's, where its log shows them.
 */
export function readerAuditOrganizationId(ctx: AuditLogContext): string | null {
  return ctx.audience === "organization" ? chainOrganizationId(ctx) : null;
}
