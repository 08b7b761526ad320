// The audit pruning (ADR 0025; GDPR.md G1, G2, H1): events older than the audit-events retention period
// (lib/retention/categories/audit-events.ts; staff's policy, an organisation's override where one exists)
// are removed only as a whole prefix of a chain, behind a signed checkpoint (chain, last seq, last hash,
// time), by the database function audit_prune_prefix — the application's role has no DELETE on the table.
// A chain is pruned only when it verifies; the newest event of a chain is always kept (the chain continues
// from it); a legal hold on the organisation (or on the category) keeps its chain and is recorded. Each
// pruned chain leaves retention evidence (RetentionRun: period, cutoff, selector, count, time range,
// SHA-256 over the removed ids) and an audit event in its own organisation's chain (the provider's when
// the organisation is gone).
import { randomUUID } from "node:crypto";
import { db } from "../db/client.ts";
import { holdsBlocking } from "../legal-holds/blocking.ts";
import { recordHoldRefusal } from "../legal-holds/refusal.ts";
import { auditEvents } from "../retention/categories/audit-events.ts";
import { idsSha256 } from "../retention/evidence.ts";
import { cutoffOf, overridesFor, policies } from "../retention/policies.ts";
import { systemClock, type Clock } from "../time/clock.ts";
import { chainStart } from "./prune-checkpoint.ts";
import { recordAudit, SYSTEM_ACTOR } from "./record.ts";
import { PRUNE_CHECKPOINT_TYPE, signPoint } from "./signed-point.ts";
import { listChains, verifyChainFrom } from "./verify.ts";

/** audit_prune_prefix refuses younger events, whatever the policy says (a floor below every period). */
export const PRUNE_FLOOR_DAYS = 30;
/** Events removed behind one checkpoint, in one transaction. */
export const PRUNE_BATCH = 50_000;

export type ChainPruneOutcome =
  | { chain: string; outcome: "pruned"; throughSeq: number; removed: number }
  | { chain: string; outcome: "held"; holdReference: string; kept: number }
  | { chain: string; outcome: "broken"; reason: string };

export type AuditPruneRun = { runId: string; chains: ChainPruneOutcome[] };

function organizationOf(chain: string): string | null {
  return chain.startsWith("org:") ? chain.slice(4) : null;
}

export async function pruneAuditChains(
  clock: Clock = systemClock,
  options: { batch?: number } = {},
): Promise<AuditPruneRun> {
  const policy = (await policies()).find((p) => p.category.key === auditEvents.key);
  const periodDays = policy?.periodDays ?? auditEvents.defaultDays;
  const overrides = await overridesFor(auditEvents.key, {
    periodDays,
    minDays: policy?.minDays ?? auditEvents.defaultMinDays,
  });
  const runId = randomUUID();
  const chains: ChainPruneOutcome[] = [];
  for (const chain of await listChains()) {
    const organizationId = organizationOf(chain);
    const days = Math.max(PRUNE_FLOOR_DAYS, (organizationId && overrides.get(organizationId)) || periodDays);
    const outcome = await pruneChain(chain, organizationId, days, runId, clock, options.batch ?? PRUNE_BATCH);
    if (outcome) chains.push(outcome);
  }
  return { runId, chains };
}

type PrefixEnd = { seq: number; hash: string; createdAt: Date };

/**
 * The last event of the expired prefix, at most `limit` events past `after`: the one before the first event
 * at or after the cutoff, never the newest.
 */
async function expiredPrefixEnd(
  chain: string,
  cutoff: Date,
  after: number,
  limit: number,
): Promise<PrefixEnd | null> {
  const rows = await db.$queryRaw<PrefixEnd[]>`
    SELECT e.seq, e.hash, e."createdAt" FROM "AuditEvent" e
     WHERE e.chain = ${chain}
       AND e.seq > ${after}
       AND e.seq = least(${after + limit}::bigint, coalesce(
             (SELECT min(seq) FROM "AuditEvent" WHERE chain = ${chain} AND "createdAt" >= ${cutoff}),
             (SELECT max(seq) FROM "AuditEvent" WHERE chain = ${chain})) - 1)`;
  return rows[0] ?? null;
}

type PrunePlan = {
  chain: string;
  organizationId: string | null;
  periodDays: number;
  cutoff: Date;
  runId: string;
  selector: (throughSeq: number) => string;
};

function evidence(plan: PrunePlan, prefix: { id: string; createdAt: Date }[], startedAt: Date) {
  return {
    runId: plan.runId,
    category: auditEvents.key,
    organizationId: plan.organizationId,
    periodDays: plan.periodDays,
    cutoff: plan.cutoff,
    oldestAt: prefix[0]?.createdAt ?? null,
    newestAt: prefix.at(-1)?.createdAt ?? null,
    startedAt,
  };
}

async function pruneChain(
  chain: string,
  organizationId: string | null,
  periodDays: number,
  runId: string,
  clock: Clock,
  batch: number,
): Promise<ChainPruneOutcome | null> {
  const startedAt = clock.now();
  const plan: PrunePlan = {
    chain,
    organizationId,
    periodDays,
    cutoff: cutoffOf(startedAt, periodDays),
    runId,
    selector: (seq) =>
      `AuditEvent chain=${chain} seq<=${seq} createdAt < cutoff, whole prefix behind a signed checkpoint`,
  };
  const start = await chainStart(chain);
  const first = await expiredPrefixEnd(chain, plan.cutoff, start.point.seq, Number.MAX_SAFE_INTEGER);
  if (!first) return null;

  const holds = await holdsBlocking(db, { organizationId, category: auditEvents.key });
  const hold = holds[0];
  if (hold) {
    const prefix = await db.auditEvent.findMany({
      where: { chain, seq: { lte: first.seq } },
      select: { id: true, createdAt: true },
      orderBy: { seq: "asc" },
    });
    await db.$transaction(async (tx) => {
      await recordHoldRefusal(
        tx,
        hold,
        {
          path: "RETENTION_PURGE",
          targetType: "AuditChain",
          targetId: chain,
          organizationId,
          records: prefix.length,
        },
        clock,
      );
      await tx.retentionRun.create({
        data: {
          ...evidence(plan, prefix, startedAt),
          selector: plan.selector(first.seq),
          removed: 0,
          held: prefix.length,
          idsSha256: idsSha256([]),
          finishedAt: clock.now(),
        },
      });
    });
    return { chain, outcome: "held", holdReference: hold.reference, kept: prefix.length };
  }

  // Never sign a checkpoint over a chain that does not verify: the broken events are evidence.
  const verified = start.problem ? null : await verifyChainFrom(chain, start.point);
  if (!verified?.report.ok)
    return {
      chain,
      outcome: "broken",
      reason:
        start.problem?.reason ??
        (verified && !verified.report.ok ? verified.report.reason : "does not verify"),
    };

  const alive = organizationId ? (await db.organization.count({ where: { id: organizationId } })) > 0 : true;
  // In batches: each its own signed checkpoint and short transaction, so writers of the chain wait little.
  let after = start.point.seq;
  let removed = 0;
  for (;;) {
    const end = await expiredPrefixEnd(chain, plan.cutoff, after, batch);
    if (!end) break;
    removed += await pruneThrough(plan, end, after, alive, clock);
    after = end.seq;
  }
  return { chain, outcome: "pruned", throughSeq: after, removed };
}

/** Removes events `after+1 .. end.seq` behind a signed checkpoint, with their evidence and audit event. */
async function pruneThrough(
  plan: PrunePlan,
  end: PrefixEnd,
  after: number,
  alive: boolean,
  clock: Clock,
): Promise<number> {
  const startedAt = clock.now();
  const { chain } = plan;
  const prefix = await db.auditEvent.findMany({
    where: { chain, seq: { gt: after, lte: end.seq } },
    select: { id: true, createdAt: true },
    orderBy: { seq: "asc" },
  });
  const envelope = signPoint(PRUNE_CHECKPOINT_TYPE, {
    chain,
    seq: end.seq,
    hash: end.hash,
    lastEventAt: end.createdAt,
    signedAt: startedAt,
  });
  return db.$transaction(
    async (tx) => {
      const [row] = await tx.$queryRaw<{ removed: number }[]>`
        SELECT audit_prune_prefix(${chain}, ${end.seq}::integer, ${JSON.stringify(envelope)}) AS removed`;
      const count = Number(row?.removed ?? 0);
      await tx.retentionRun.create({
        data: {
          ...evidence(plan, prefix, startedAt),
          selector: plan.selector(end.seq),
          removed: count,
          held: 0,
          idsSha256: idsSha256(prefix.map((e) => e.id)),
          finishedAt: clock.now(),
        },
      });
      await recordAudit(
        {
          organizationId: alive ? plan.organizationId : null,
          actor: SYSTEM_ACTOR,
          action: "audit.chain.pruned",
          target: { type: "AuditChain", id: chain },
          metadata: {
            chain,
            throughSeq: end.seq,
            hash: end.hash,
            removed: count,
            periodDays: plan.periodDays,
            runId: plan.runId,
          },
        },
        { tx, clock },
      );
      return count;
    },
    { maxWait: 30_000, timeout: 5 * 60_000 },
  );
}
