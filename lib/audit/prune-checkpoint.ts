// Where verification of a chain starts (ADR 0025): after its newest prune checkpoint — the last event of a
// prefix removed by the audit pruning — once the checkpoint's signature holds; at the chain's first event
// when nothing was pruned.
import { db } from "../db/client.ts";
import { GENESIS_HASH } from "./hash.ts";
import { pointSignatureProblem, PRUNE_CHECKPOINT_TYPE } from "./signed-point.ts";

/** An event that verified (or a signed checkpoint): the next one must follow its seq and name its hash. */
export type ChainPoint = { seq: number; hash: string };
export const CHAIN_START: ChainPoint = { seq: 0, hash: GENESIS_HASH };

export type ChainStart = {
  point: ChainPoint;
  /** The last pruned event (null: nothing was pruned). */
  prunedThrough: number | null;
  /** Set when the checkpoint's signature does not hold: the chain does not verify. */
  problem: { seq: number; reason: string } | null;
};

export async function chainStart(chain: string): Promise<ChainStart> {
  const checkpoint = await db.auditPruneCheckpoint.findFirst({
    where: { chain },
    orderBy: { seq: "desc" },
  });
  if (!checkpoint) return { point: CHAIN_START, prunedThrough: null, problem: null };
  const problem = pointSignatureProblem(PRUNE_CHECKPOINT_TYPE, checkpoint.envelope, checkpoint);
  return {
    point: { seq: checkpoint.seq, hash: checkpoint.hash },
    prunedThrough: checkpoint.seq,
    problem: problem
      ? { seq: checkpoint.seq, reason: `the prune checkpoint at #${checkpoint.seq}: ${problem}` }
      : null,
  };
}
