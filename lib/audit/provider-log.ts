import "server-only";
// The audit log as the staff console shows it: one chain (the provider's, or an organisation's) under
// the filters of the URL, a page at a time by keyset on seq (lib/audit/log-query.ts), with readable
// event names and targets, and the chain's last verification from its checkpoint. A page view never
// recomputes the chain (S24); staff verify on demand, which is audited, and the job keeps the
// checkpoint current.
import { z } from "zod";
import { authorizeStaff } from "../auth/authorization/authorize.ts";
import type { Context } from "../context/context.ts";
import { db } from "../db/client.ts";
import { AppError } from "../errors.ts";
import { lastVerification, verifyChainFromCheckpoint, type ChainVerification } from "./checkpoint.ts";
import { chainFor } from "./hash.ts";
import { readableEntries, type AuditLogEntry } from "./log-entry.ts";
import type { AuditLogCursor, AuditLogFilter } from "./log-filter.ts";
import { auditLogSlice } from "./log-query.ts";
import { AUDIT_LOG_MESSAGES } from "./messages.ts";
import { recordAudit, userActor } from "./record.ts";

const CHAIN = "provider";
export const AUDIT_PAGE_SIZE = 50;

export type AuditOrganization = { id: string; name: string };

export type ProviderAuditLog = {
  events: AuditLogEntry[];
  hasOlder: boolean;
  hasNewer: boolean;
  /** The organisation whose chain is shown; null: the provider's. */
  organization: AuditOrganization | null;
  /** Every organisation, by name, for the filter. */
  organizations: AuditOrganization[];
  /** The chain's last verification (null: never verified yet). */
  verification: ChainVerification | null;
  /** Events recorded after the last verified one. */
  unverifiedEvents: number;
};

export const NO_FILTER: AuditLogFilter = {
  organizationId: null,
  action: null,
  actor: null,
  from: null,
  to: null,
  timeZone: "UTC",
};

/** An organisation by id, for staff who may read the audit log; not_found when there is none. */
export async function auditedOrganization(organizationId: string | null): Promise<AuditOrganization | null> {
  if (!organizationId) return null;
  const organization = await db.organization.findUnique({
    where: { id: organizationId },
    select: { id: true, name: true },
  });
  if (!organization) throw new AppError("not_found", AUDIT_LOG_MESSAGES.unknownOrganization);
  return organization;
}

export async function providerAuditLog(
  ctx: Context,
  options: { filter?: AuditLogFilter; cursor?: AuditLogCursor; take?: number } = {},
): Promise<ProviderAuditLog> {
  await authorizeStaff(ctx, "admin.audit.view");
  const filter = options.filter ?? { ...NO_FILTER, timeZone: ctx.timeZone };
  const organization = await auditedOrganization(filter.organizationId);
  const chain = chainFor(filter.organizationId);
  const [slice, verification, head, organizations] = await Promise.all([
    auditLogSlice(filter, options.cursor ?? null, options.take ?? AUDIT_PAGE_SIZE),
    lastVerification(chain),
    db.auditEvent.findFirst({ where: { chain }, orderBy: { seq: "desc" }, select: { seq: true } }),
    db.organization.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
  ]);
  return {
    events: await readableEntries(slice.rows),
    hasOlder: slice.hasOlder,
    hasNewer: slice.hasNewer,
    organization,
    organizations,
    verification,
    unverifiedEvents: Math.max(0, (head?.seq ?? 0) - (verification?.seq ?? 0)),
  };
}

export const verifyProviderChainInput = z.strictObject({ scope: z.enum(["new", "full"]) });

/**
 * Verifies the provider chain now, for staff who may read it: the events after the checkpoint ("new"),
 * or the whole chain from its first event ("full"). Audited with the outcome.
 */
export async function verifyProviderChain(
  ctx: Context,
  input: z.infer<typeof verifyProviderChainInput>,
): Promise<ChainVerification & { checked: number }> {
  const staff = await authorizeStaff(ctx, "admin.audit.view");
  const result = await verifyChainFromCheckpoint(CHAIN, input.scope, ctx.clock);
  await recordAudit(
    {
      organizationId: null,
      actor: userActor(staff.actor),
      action: "audit.chain.verified",
      target: { type: "AuditChain", id: CHAIN },
      request: ctx.request,
      metadata: {
        chain: CHAIN,
        scope: input.scope,
        ok: result.ok,
        checked: result.checked,
        lastSeq: result.seq,
        ...(result.ok ? {} : { brokenSeq: result.brokenSeq }),
      },
    },
    { clock: ctx.clock },
  );
  return result;
}
