// Signed chain heads (ADR 0025, GDPR.md H1, SECURITY.md S18): on a schedule, the newest event of every chain
// that moved on is signed (chain, seq, hash, time) and stored in "AuditChainHead", which the application's
// role may append to but not change. A hash chain alone cannot show its newest events being removed —
// nothing later names them — but a head signed before the removal names an event that is no longer there.
import { db } from "../db/client.ts";
import { systemClock, type Clock } from "../time/clock.ts";
import type { ChainPoint } from "./prune-checkpoint.ts";
import { CHAIN_HEAD_TYPE, pointSignatureProblem, signPoint } from "./signed-point.ts";

/** Signs the head of every chain whose newest event is not signed yet; returns how many were signed. */
export async function signChainHeads(clock: Clock = systemClock): Promise<{ signed: number }> {
  const heads = await db.$queryRaw<{ chain: string; seq: number; hash: string }[]>`
    SELECT DISTINCT ON (chain) chain, seq, hash FROM "AuditEvent" ORDER BY chain, seq DESC`;
  const signedRows = await db.$queryRaw<{ chain: string; seq: number }[]>`
    SELECT chain, max(seq)::int AS seq FROM "AuditChainHead" GROUP BY chain`;
  const signedUpTo = new Map(signedRows.map((r) => [r.chain, r.seq]));
  const signedAt = clock.now();
  const rows = heads
    .filter((head) => (signedUpTo.get(head.chain) ?? 0) < head.seq)
    .map((head) => {
      const envelope = signPoint(CHAIN_HEAD_TYPE, { ...head, signedAt });
      return { ...head, keyId: envelope.keyId, envelope: JSON.stringify(envelope), signedAt };
    });
  if (rows.length === 0) return { signed: 0 };
  const { count } = await db.auditChainHead.createMany({ data: rows, skipDuplicates: true });
  return { signed: count };
}

export type HeadProblem = { seq: number; eventId: string | null; reason: string };

/**
 * Checks a chain that verified from `start` up to `last` against its newest signed head: the head's
 * signature must hold, and its event must still be there with the signed hash. A head inside the pruned
 * prefix is covered by the prune checkpoint.
 */
export async function checkChainHead(
  chain: string,
  start: ChainPoint,
  last: ChainPoint,
): Promise<HeadProblem | null> {
  const head = await db.auditChainHead.findFirst({ where: { chain }, orderBy: { seq: "desc" } });
  if (!head) return null;
  const at = head.signedAt.toISOString();
  const problem = pointSignatureProblem(CHAIN_HEAD_TYPE, head.envelope, head);
  if (problem) return { seq: head.seq, eventId: null, reason: `the chain head signed at ${at}: ${problem}` };
  if (head.seq <= start.seq) return null;
  if (head.seq > last.seq)
    return {
      seq: head.seq,
      eventId: null,
      reason: `the chain head signed at ${at} names event #${head.seq}, but the chain ends at #${last.seq}: its newest events were deleted`,
    };
  const event =
    head.seq === last.seq
      ? { id: null, hash: last.hash }
      : await db.auditEvent.findUnique({
          where: { chain_seq: { chain, seq: head.seq } },
          select: { id: true, hash: true },
        });
  if (event?.hash !== head.hash)
    return {
      seq: head.seq,
      eventId: event?.id ?? null,
      reason: `event #${head.seq} differs from the chain head signed at ${at}`,
    };
  return null;
}
