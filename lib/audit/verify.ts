// Recomputes audit hash chains and names the first event that does not match (SECURITY.md S18).
// `verifyChain` starts after the chain's signed prune checkpoint, or at its first event when nothing was
// pruned, and ends at its newest signed head (ADR 0025: deleted newest events are found) — this is
// `npm run audit:verify`; `verifyChainFrom` continues after an event already verified (the checkpoints of
// lib/audit/checkpoint.ts).
import { db, pgPool } from "../db/client.ts";
import { checkChainHead } from "./chain-head.ts";
import { storedEventHash, type StoredHashedFields } from "./hash.ts";
import { chainStart, CHAIN_START, type ChainPoint } from "./prune-checkpoint.ts";

export { CHAIN_START, type ChainPoint };

/**
 * `events`: how many events verified (after the prune checkpoint, when there is one). `prunedThrough`:
 * the last event of the pruned prefix. `brokenEventId` is null when the finding is not an event (a missing
 * newest event, a checkpoint or head whose signature does not hold).
 */
export type ChainReport = { chain: string; prunedThrough?: number } & (
  | { ok: true; events: number }
  | { ok: false; events: number; brokenEventId: string | null; brokenSeq: number; reason: string }
);

// A keyset query of the chained columns through pg itself: Prisma's mapping of a million rows (even of a
// raw query) took most of a verification's time (bench/retention.ts). The time is read as the ISO string
// the hash covers.
const BATCH = 5000;
type ChainedRow = StoredHashedFields & { id: string; hash: string };

export async function verifyChain(chain: string): Promise<ChainReport> {
  const start = await chainStart(chain);
  const pruned = start.prunedThrough === null ? {} : { prunedThrough: start.prunedThrough };
  if (start.problem)
    return {
      chain,
      ok: false,
      events: 0,
      brokenEventId: null,
      brokenSeq: start.problem.seq,
      reason: start.problem.reason,
      ...pruned,
    };
  const { report, last } = await verifyChainFrom(chain, start.point);
  const counted = { events: report.events - start.point.seq, ...pruned };
  if (!report.ok) return { ...report, ...counted };
  const head = await checkChainHead(chain, start.point, last);
  if (head)
    return {
      chain,
      ok: false,
      brokenEventId: head.eventId,
      brokenSeq: head.seq,
      reason: head.reason,
      ...counted,
    };
  return { ...report, ...counted };
}

/**
 * Verifies the events after `from` (which is trusted); `report.events` counts the events up to the last
 * good one, `from`'s included, and `last` is that event.
 */
export async function verifyChainFrom(
  chain: string,
  from: ChainPoint,
): Promise<{ report: ChainReport; last: ChainPoint }> {
  let expectedSeq = from.seq + 1;
  let prevHash = from.hash;
  // The next batch is read while this one is hashed: the database and the hashing overlap.
  let next = readBatch(chain, expectedSeq);
  for (;;) {
    const events = await next;
    if (events.length === BATCH) next = readBatch(chain, events[BATCH - 1]!.seq + 1);
    for (const event of events) {
      const last = { seq: expectedSeq - 1, hash: prevHash };
      const broken = (reason: string) => ({
        report: {
          chain,
          ok: false as const,
          events: last.seq,
          brokenEventId: event.id,
          brokenSeq: event.seq,
          reason,
        },
        last,
      });
      if (event.seq !== expectedSeq)
        return broken(`sequence gap: expected ${expectedSeq}, found ${event.seq}`);
      if (event.prevHash !== prevHash) return broken("prevHash does not match the previous event's hash");
      if (storedEventHash(event) !== event.hash)
        return broken("content does not match its hash (the event was altered)");
      prevHash = event.hash;
      expectedSeq++;
    }
    if (events.length < BATCH) {
      const last = { seq: expectedSeq - 1, hash: prevHash };
      return { report: { chain, ok: true, events: last.seq }, last };
    }
  }
}

/** A batch read ahead and not needed, because the chain broke before it, is not an unhandled rejection. */
function readBatch(chain: string, fromSeq: number): Promise<ChainedRow[]> {
  const read = pgPool()
    .query<ChainedRow>(CHAINED_ROWS, [chain, fromSeq, BATCH])
    .then((result) => result.rows);
  read.catch(() => {});
  return read;
}

const CHAINED_ROWS = `
  SELECT "id", "chain", "seq", "prevHash", "hash",
         to_char("createdAt" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "createdAt",
         "organizationId", "actorUserId", "actorLabel", "action", "targetType", "targetId", "ip",
         "userAgent", "requestId", "metadata"
  FROM "AuditEvent"
  WHERE "chain" = $1 AND "seq" >= $2
  ORDER BY "seq" ASC
  LIMIT $3`;

/** Every chain with events, or with a signed head or prune checkpoint (a chain emptied by the owner too). */
export async function listChains(): Promise<string[]> {
  const rows = await db.$queryRaw<{ chain: string }[]>`
    SELECT chain FROM "AuditEvent" GROUP BY chain
    UNION SELECT chain FROM "AuditChainHead"
    UNION SELECT chain FROM "AuditPruneCheckpoint"
    ORDER BY chain`;
  return rows.map((r) => r.chain);
}

export async function verifyAllChains(): Promise<ChainReport[]> {
  const reports: ChainReport[] = [];
  for (const chain of await listChains()) reports.push(await verifyChain(chain));
  return reports;
}
