// Verification checkpoints of the audit chains (SECURITY.md S18, S24, ADR 0012): each chain remembers the
// last event that verified, so a verification reads only the events after it ("new") instead of the whole
// chain; a "full" verification starts at the first event again and catches edits before the checkpoint.
// The job (lib/jobs/audit-jobs.ts) keeps them current and verifies every chain in full once a day; the
// staff audit page only reads them. `npm run audit:verify` stays a full verification that ignores them.
import { db } from "../db/client.ts";
import { systemClock, type Clock } from "../time/clock.ts";
import { checkChainHead } from "./chain-head.ts";
import { eventHash } from "./hash.ts";
import { chainStart } from "./prune-checkpoint.ts";
import { listChains, verifyChainFrom, type ChainPoint, type ChainReport } from "./verify.ts";

export type VerificationScope = "new" | "full";

/** The last verification of a chain: up to which event it held, and when. */
export type ChainVerification = {
  chain: string;
  /** The last event that verified (0: none). */
  seq: number;
  /** The last event of the pruned prefix, whose signed checkpoint verification starts from (ADR 0025). */
  prunedThrough: number | null;
  verifiedAt: Date;
  fullyVerifiedAt: Date | null;
} & ({ ok: true } | { ok: false; brokenSeq: number; brokenEventId: string | null; reason: string });

const FULL_EVERY_MS = 24 * 60 * 60_000;

export async function lastVerification(chain: string): Promise<ChainVerification | null> {
  const row = await db.auditChainCheckpoint.findUnique({ where: { chain } });
  return row ? verificationOf(row, await prunedThrough(chain)) : null;
}

/** The newest prune checkpoint's seq (its signature is checked by every verification run, not here). */
async function prunedThrough(chain: string): Promise<number | null> {
  const checkpoint = await db.auditPruneCheckpoint.findFirst({
    where: { chain },
    orderBy: { seq: "desc" },
    select: { seq: true },
  });
  return checkpoint?.seq ?? null;
}

/**
 * Verifies `chain` from its checkpoint ("new") or from its first event ("full") and moves the checkpoint
 * to the last event that verified. `checked` is how many events this run verified. One verification per
 * chain at a time: a run that started from an older checkpoint cannot overwrite a later finding.
 */
export async function verifyChainFromCheckpoint(
  chain: string,
  scope: VerificationScope,
  clock: Clock = systemClock,
): Promise<ChainVerification & { checked: number }> {
  return db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`audit-verify:${chain}`}, 0))`;
      const checkpoint = await tx.auditChainCheckpoint.findUnique({ where: { chain } });
      // A full run starts after the signed prune checkpoint (ADR 0025), which must hold; so does a run
      // whose verification checkpoint lies inside the pruned prefix.
      const start = await chainStart(chain);
      const anchor: ChainPoint =
        checkpoint && checkpoint.seq > start.point.seq
          ? { seq: checkpoint.seq, hash: checkpoint.hash }
          : start.point;
      const from = scope === "full" ? start.point : anchor;
      const anchorBroken = start.problem
        ? { brokenSeq: start.problem.seq, brokenEventId: null, reason: start.problem.reason }
        : anchor.seq > start.point.seq
          ? await checkAnchor(chain, anchor)
          : null;
      const verified = scope === "full" || !anchorBroken ? await verifyChainFrom(chain, from) : null;
      // A full run that finds an earlier break reports it; otherwise a broken anchor is the finding, and
      // the checkpoint stays on it, so a shortened chain never verifies again as if nothing was missing.
      const found: { report: ChainReport; last: ChainPoint } =
        verified && (!anchorBroken || !verified.report.ok)
          ? verified
          : { report: { ...anchorBroken!, chain, ok: false as const, events: anchor.seq }, last: anchor };
      const { last } = found;
      // The newest signed head must still be there: deleted newest events are found (ADR 0025).
      const head = found.report.ok ? await checkChainHead(chain, start.point, last) : null;
      const report: ChainReport = head
        ? {
            chain,
            ok: false,
            events: last.seq,
            brokenSeq: head.seq,
            brokenEventId: head.eventId,
            reason: head.reason,
          }
        : found.report;
      const now = clock.now();
      const fullyVerifiedAt = from.seq === start.point.seq ? now : (checkpoint?.fullyVerifiedAt ?? null);
      const broken = report.ok
        ? { brokenSeq: null, brokenEventId: null, brokenReason: null }
        : { brokenSeq: report.brokenSeq, brokenEventId: report.brokenEventId, brokenReason: report.reason };
      const data = { seq: last.seq, hash: last.hash, verifiedAt: now, fullyVerifiedAt, ...broken };
      const row = await tx.auditChainCheckpoint.upsert({
        where: { chain },
        create: { chain, ...data },
        update: data,
      });
      return { ...verificationOf(row, start.prunedThrough), checked: Math.max(0, last.seq - from.seq) };
    },
    { maxWait: 60_000, timeout: 10 * 60_000 },
  );
}

/**
 * Verifies every chain from its checkpoint, and in full when its last full verification is more than a
 * day old (or there was none). Returns the chains that do not verify.
 */
export async function verifyChainsInBackground(clock: Clock = systemClock): Promise<ChainVerification[]> {
  const checkpoints = new Map(
    (await db.auditChainCheckpoint.findMany({ select: { chain: true, fullyVerifiedAt: true } })).map((c) => [
      c.chain,
      c.fullyVerifiedAt,
    ]),
  );
  const broken: ChainVerification[] = [];
  for (const chain of await listChains()) {
    const fully = checkpoints.get(chain);
    const due = !fully || clock.now().getTime() - fully.getTime() >= FULL_EVERY_MS;
    const result = await verifyChainFromCheckpoint(chain, due ? "full" : "new", clock);
    if (!result.ok) broken.push(result);
  }
  return broken;
}

/**
 * The checkpoint's own event must still be there, unchanged: this also notices the newest verified
 * events being deleted, which the chain alone cannot show (nothing later names their hash).
 */
async function checkAnchor(
  chain: string,
  from: ChainPoint,
): Promise<{ brokenSeq: number; brokenEventId: string | null; reason: string } | null> {
  if (from.seq === 0) return null;
  const event = await db.auditEvent.findUnique({ where: { chain_seq: { chain, seq: from.seq } } });
  if (!event)
    return {
      brokenSeq: from.seq,
      brokenEventId: null,
      reason: `event #${from.seq}, verified before, is missing (events were deleted)`,
    };
  if (event.hash !== from.hash || eventHash(event) !== event.hash)
    return {
      brokenSeq: from.seq,
      brokenEventId: event.id,
      reason: `event #${from.seq} was altered after it had been verified`,
    };
  return null;
}

function verificationOf(
  row: {
    chain: string;
    seq: number;
    verifiedAt: Date;
    fullyVerifiedAt: Date | null;
    brokenSeq: number | null;
    brokenEventId: string | null;
    brokenReason: string | null;
  },
  prunedThrough: number | null,
): ChainVerification {
  const base = {
    chain: row.chain,
    seq: row.seq,
    prunedThrough,
    verifiedAt: row.verifiedAt,
    fullyVerifiedAt: row.fullyVerifiedAt,
  };
  return row.brokenSeq === null
    ? { ...base, ok: true }
    : {
        ...base,
        ok: false,
        brokenSeq: row.brokenSeq,
        brokenEventId: row.brokenEventId,
        reason: row.brokenReason ?? "",
      };
}
