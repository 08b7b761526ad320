import "server-only";
// The audit log as the staff console shows it: one chain (the provider's, or an organisation's) under
// the filters of the URL (lib/audit/log-view.ts), with every organisation for the filter. A page view
// never recomputes the chain (S24); staff verify the provider's chain on demand, which is audited, and
// the job keeps the checkpoints current.
import type { Context } from "../context/context.ts";
import type { ChainVerification } from "./checkpoint.ts";
import { db } from "../db/client.ts";
import { staffAuditLogContext, type AuditOrganization } from "./log-context.ts";
import { auditLogView, noFilter, type AuditLogOptions, type AuditLogView } from "./log-view.ts";
import { verifyAuditLog, verifyAuditLogInput, type VerifyAuditLogInput } from "./log-verify.ts";

export type ProviderAuditLog = AuditLogView & {
  /** Every organisation, by name, for the filter. */
  organizations: AuditOrganization[];
};

export async function providerAuditLog(
  ctx: Context,
  options: AuditLogOptions = {},
): Promise<ProviderAuditLog> {
  const filter = options.filter ?? noFilter(ctx);
  const log = await staffAuditLogContext(ctx, filter.organizationId);
  const [view, organizations] = await Promise.all([
    auditLogView(log, { ...options, filter }),
    db.organization.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
  ]);
  return { ...view, organizations };
}

export const verifyProviderChainInput = verifyAuditLogInput;

/**
 * Verifies the provider chain now, for staff who may read it: the events after the checkpoint ("new"),
 * or the whole chain from its first event ("full"). Audited with the outcome.
 */
export async function verifyProviderChain(
  ctx: Context,
  input: VerifyAuditLogInput,
): Promise<ChainVerification & { checked: number }> {
  return verifyAuditLog(await staffAuditLogContext(ctx, null), input);
}
