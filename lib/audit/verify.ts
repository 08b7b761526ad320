// Recomputes audit hash chains and names the first event that does not match (SECURITY.md S18).
// `verifyChain` starts at the first event (`npm run audit:verify`); `verifyChainFrom` continues after an
// event already verified (the checkpoints of lib/audit/checkpoint.ts).
import { db } from "../db/client.ts";
import { eventHash, GENESIS_HASH, type HashedFields } from "./hash.ts";

export type ChainReport =
  | { chain: string; ok: true; events: number }
  | { chain: string; ok: false; events: number; brokenEventId: string; brokenSeq: number; reason: string };

/** An event that verified: the next one must follow its seq and name its hash. */
export type ChainPoint = { seq: number; hash: string };
export const CHAIN_START: ChainPoint = { seq: 0, hash: GENESIS_HASH };

// A raw keyset query of the chained columns: a million events read several times faster than through
// findMany (bench/retention.ts).
const BATCH = 5000;
type ChainedRow = HashedFields & { id: string; hash: string };

export async function verifyChain(chain: string): Promise<ChainReport> {
  return (await verifyChainFrom(chain, CHAIN_START)).report;
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
  for (;;) {
    const events = await db.$queryRaw<ChainedRow[]>`
      SELECT "id", "chain", "seq", "prevHash", "hash", "createdAt", "organizationId", "actorUserId",
             "actorLabel", "action", "targetType", "targetId", "ip", "userAgent", "requestId", "metadata"
      FROM "AuditEvent"
      WHERE "chain" = ${chain} AND "seq" >= ${expectedSeq}
      ORDER BY "seq" ASC
      LIMIT ${BATCH}`;
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
      if (eventHash(event) !== event.hash)
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

export async function listChains(): Promise<string[]> {
  const rows = await db.auditEvent.findMany({
    distinct: ["chain"],
    select: { chain: true },
    orderBy: { chain: "asc" },
  });
  return rows.map((r) => r.chain);
}

export async function verifyAllChains(): Promise<ChainReport[]> {
  const reports: ChainReport[] = [];
  for (const chain of await listChains()) reports.push(await verifyChain(chain));
  return reports;
}
