// Recomputes audit hash chains and names the first event that does not match (SECURITY.md S18).
import { db } from "../db/client.ts";
import { eventHash, GENESIS_HASH } from "./hash.ts";

export type ChainReport =
  | { chain: string; ok: true; events: number }
  | { chain: string; ok: false; events: number; brokenEventId: string; brokenSeq: number; reason: string };

const BATCH = 1000;

export async function verifyChain(chain: string): Promise<ChainReport> {
  let expectedSeq = 1;
  let prevHash = GENESIS_HASH;
  let checked = 0;
  for (;;) {
    const events = await db.auditEvent.findMany({
      where: { chain, seq: { gte: expectedSeq } },
      orderBy: { seq: "asc" },
      take: BATCH,
    });
    for (const event of events) {
      const broken = (reason: string): ChainReport => ({
        chain,
        ok: false,
        events: checked,
        brokenEventId: event.id,
        brokenSeq: event.seq,
        reason,
      });
      if (event.seq !== expectedSeq)
        return broken(`sequence gap: expected ${expectedSeq}, found ${event.seq}`);
      if (event.prevHash !== prevHash) return broken("prevHash does not match the previous event's hash");
      if (eventHash(event) !== event.hash)
        return broken("content does not match its hash (the event was altered)");
      prevHash = event.hash;
      expectedSeq++;
      checked++;
    }
    if (events.length < BATCH) return { chain, ok: true, events: checked };
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
