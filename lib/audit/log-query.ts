import "server-only";
// One chain's events under an audit log's filters, a page at a time by keyset on seq (never an OFFSET),
// so the newest page and the thousandth cost the same: with an event type or an actor each page is one
// range of the (chain, action, seq) or (chain, actorLabel, seq) index; a period alone reads
// (chain, createdAt). The pages and the exports of the staff console and the portal read through here.
// In an organisation's own log the provider's staff are one actor (`staffIds`, lib/audit/log-actors.ts):
// their addresses name no events there, and PROVIDER_STAFF_ACTOR names all of theirs.
import { db } from "../db/client.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import { chainFor } from "./hash.ts";
import {
  periodBounds,
  PROVIDER_STAFF_ACTOR,
  type AuditLogCursor,
  type AuditLogFilter,
} from "./log-filter.ts";

/** The provider's staff as one actor of an organisation's own log (null: the staff console's view). */
export type StaffActors = readonly string[] | null;

function actorWhere(actor: string, staffIds: StaffActors): Prisma.AuditEventWhereInput {
  if (!staffIds) return { actorLabel: actor };
  if (actor === PROVIDER_STAFF_ACTOR) return { actorUserId: { in: [...staffIds] } };
  return {
    actorLabel: actor,
    OR: [{ actorUserId: null }, { actorUserId: { notIn: [...staffIds] } }],
  };
}

export function auditLogWhere(
  filter: AuditLogFilter,
  staffIds: StaffActors = null,
): Prisma.AuditEventWhereInput {
  const period = periodBounds(filter);
  return {
    chain: chainFor(filter.organizationId),
    ...(filter.action ? { action: filter.action } : {}),
    ...(filter.actor ? actorWhere(filter.actor, staffIds) : {}),
    ...(period.gte || period.lt ? { createdAt: period } : {}),
  };
}

export const AUDIT_LOG_ROW = {
  id: true,
  seq: true,
  createdAt: true,
  actorUserId: true,
  actorLabel: true,
  action: true,
  targetType: true,
  targetId: true,
  ip: true,
  userAgent: true,
  requestId: true,
  metadata: true,
  prevHash: true,
  hash: true,
} as const satisfies Prisma.AuditEventSelect;

export type StoredAuditRow = Prisma.AuditEventGetPayload<{ select: typeof AUDIT_LOG_ROW }>;

export type AuditLogSlice = {
  rows: StoredAuditRow[];
  /** Whether events matching the filter exist before the oldest / after the newest row of the slice. */
  hasOlder: boolean;
  hasNewer: boolean;
};

async function exists(where: Prisma.AuditEventWhereInput): Promise<boolean> {
  return (await db.auditEvent.findFirst({ where, select: { seq: true } })) !== null;
}

/** `take` events matching `filter`, newest first, from where `cursor` says. */
export async function auditLogSlice(
  filter: AuditLogFilter,
  cursor: AuditLogCursor,
  take: number,
  staffIds: StaffActors = null,
): Promise<AuditLogSlice> {
  const where = auditLogWhere(filter, staffIds);
  if (cursor && "after" in cursor) {
    const rows = await db.auditEvent.findMany({
      where: { ...where, seq: { gt: cursor.after } },
      orderBy: { seq: "asc" },
      take: take + 1,
      select: AUDIT_LOG_ROW,
    });
    const page = rows.slice(0, take).reverse();
    return {
      rows: page,
      hasNewer: rows.length > take,
      hasOlder: await exists({ ...where, seq: { lte: page.at(-1)?.seq ?? cursor.after } }),
    };
  }
  const rows = await db.auditEvent.findMany({
    where: cursor ? { ...where, seq: { lt: cursor.before } } : where,
    orderBy: { seq: "desc" },
    take: take + 1,
    select: AUDIT_LOG_ROW,
  });
  const page = rows.slice(0, take);
  return {
    rows: page,
    hasOlder: rows.length > take,
    hasNewer: cursor ? await exists({ ...where, seq: { gte: page[0]?.seq ?? cursor.before } }) : false,
  };
}

/**
 * Every event matching `filter` up to `lastSeq`, newest first, in batches of `batchSize` (for exports:
 * memory stays at one batch however long the chain).
 */
export async function* auditLogBatches(
  filter: AuditLogFilter,
  lastSeq: number,
  batchSize = 1000,
  staffIds: StaffActors = null,
): AsyncGenerator<StoredAuditRow[]> {
  const where = auditLogWhere(filter, staffIds);
  let before = lastSeq + 1;
  for (;;) {
    const rows = await db.auditEvent.findMany({
      where: { ...where, seq: { lt: before } },
      orderBy: { seq: "desc" },
      take: batchSize,
      select: AUDIT_LOG_ROW,
    });
    if (rows.length > 0) yield rows;
    if (rows.length < batchSize) return;
    before = rows.at(-1)!.seq;
  }
}
