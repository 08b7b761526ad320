import "server-only";
// An audit log as its pages show it (the staff console's and the portal's): one chain under the filters
// of the URL, a page at a time by keyset on seq (lib/audit/log-query.ts), with readable event names and
// targets, and the chain's last verification from its checkpoint. A page view never recomputes the
// chain (S24); verifying is on demand (lib/audit/log-verify.ts), and the job keeps the checkpoint current.
import { db } from "../db/client.ts";
import { lastVerification, type ChainVerification } from "./checkpoint.ts";
import { chainFor } from "./hash.ts";
import { authorizedFilter, type AuditLogContext, type AuditOrganization } from "./log-context.ts";
import { readableEntries, type AuditLogEntry } from "./log-entry.ts";
import type { AuditLogCursor, AuditLogFilter } from "./log-filter.ts";
import { auditLogSlice } from "./log-query.ts";

export const AUDIT_PAGE_SIZE = 50;

export type AuditLogView = {
  events: AuditLogEntry[];
  hasOlder: boolean;
  hasNewer: boolean;
  /** The organisation whose chain is shown; null: the provider's. */
  organization: AuditOrganization | null;
  /** The chain's last verification (null: never verified yet). */
  verification: ChainVerification | null;
  /** Events recorded after the last verified one. */
  unverifiedEvents: number;
  /** The zone the period's days were read in and times are shown in: the authorised reader's. */
  timeZone: string;
};

export type AuditLogOptions = { filter?: AuditLogFilter; cursor?: AuditLogCursor; take?: number };

/** The filter with no narrowing (the provider's chain, its days in UTC). */
export const NO_FILTER: AuditLogFilter = {
  organizationId: null,
  action: null,
  actor: null,
  from: null,
  to: null,
  timeZone: "UTC",
};

/** The filter with no narrowing, its days in the reader's zone. */
export function noFilter(ctx: { timeZone: string }): AuditLogFilter {
  return { ...NO_FILTER, timeZone: ctx.timeZone };
}

/** The page of `ctx`'s chain, under the filter as `ctx` may read it (authorizedFilter). */
export async function auditLogView(
  ctx: AuditLogContext,
  options: AuditLogOptions = {},
): Promise<AuditLogView> {
  const filter = authorizedFilter(ctx, options.filter ?? noFilter(ctx));
  const chain = chainFor(filter.organizationId);
  const [slice, verification, head] = await Promise.all([
    auditLogSlice(filter, options.cursor ?? null, options.take ?? AUDIT_PAGE_SIZE, ctx.reader.staff?.ids),
    lastVerification(chain),
    db.auditEvent.findFirst({ where: { chain }, orderBy: { seq: "desc" }, select: { seq: true } }),
  ]);
  return {
    events: await readableEntries(slice.rows, ctx.reader),
    hasOlder: slice.hasOlder,
    hasNewer: slice.hasNewer,
    organization: ctx.organization,
    verification,
    unverifiedEvents: Math.max(0, (head?.seq ?? 0) - (verification?.seq ?? 0)),
    timeZone: filter.timeZone,
  };
}
