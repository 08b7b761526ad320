import "server-only";
// An organisation's own audit log as its OWNER, ADMIN and AUDITOR read it in the portal (org.audit.view):
// only its chain (`org:<id>`), whatever the URL says; event names in the reader's language; the
// provider's staff named as such. Reading, exporting and verifying take the organisation's slug and are
// authorised against the caller's membership: another organisation's log is not_found (S12).
import { z } from "zod";
import type { Context } from "../context/context.ts";
import type { ChainVerification } from "./checkpoint.ts";
import { organizationAuditLogContext } from "./log-context.ts";
import { exportAuditLogFile, type AuditExportFile, type AuditExportFormat } from "./log-export.ts";
import type { AuditLogFilter } from "./log-filter.ts";
import { auditLogView, type AuditLogOptions, type AuditLogView } from "./log-view.ts";
import { verifyAuditLog, verifyAuditLogInput, type VerifyAuditLogInput } from "./log-verify.ts";

export type OrganizationAuditLog = AuditLogView & { slug: string; name: string };

export async function organizationAuditLog(
  ctx: Context,
  slug: string,
  options: AuditLogOptions = {},
): Promise<OrganizationAuditLog> {
  const log = await organizationAuditLogContext(ctx, slug);
  return { ...(await auditLogView(log, options)), slug, name: log.organization!.name };
}

/** The organisation's log (or its filtered part) as a file, audited in its own chain. */
export async function exportOrganizationAuditLog(
  ctx: Context,
  slug: string,
  filter: AuditLogFilter,
  format: AuditExportFormat,
  options: { batchSize?: number } = {},
): Promise<AuditExportFile> {
  return exportAuditLogFile(await organizationAuditLogContext(ctx, slug), filter, format, options);
}

/** Verifies the organisation's chain now (throttled per organisation), audited in its own chain. */
export async function verifyOrganizationAuditLog(
  ctx: Context,
  slug: string,
  input: VerifyAuditLogInput,
): Promise<ChainVerification & { checked: number }> {
  return verifyAuditLog(await organizationAuditLogContext(ctx, slug), input);
}

export const verifyOrganizationAuditLogInput = verifyAuditLogInput.extend({
  slug: z.string().trim().min(1).max(80),
});
