// The scheduled retention purge (GDPR.md G1, G2; lib/jobs/retention-jobs.ts): for each category, the rows
// whose period ended are deleted (or, for a category whose rows are evidence, cleared) in small batches
// (one short statement each, SKIP LOCKED, so readers and writers are never blocked), except the rows a
// legal hold keeps — of an organisation, a data subject, an incident, or a whole category (./held.ts):
// those are counted and the refusal recorded with the hold that stopped it, per hold and organisation. Every category and
// organisation with removed or held rows gets an evidence row (RetentionRun): policy, selector, period and
// cutoff, count, time range, SHA-256 over the removed ids. Each batch commits with the evidence of what it
// removed (one row per organisation in the batch), so a worker killed half-way loses no evidence; once the
// category is done, one transaction replaces those rows with one row per organisation over all its ids.
// Idempotent: a second run finds nothing more to remove. Runs as the system with an injected clock.
// A connected system's category (ADR 0028) is purged by the system itself, asked after the built-in ones.
import { randomUUID } from "node:crypto";
import { SYSTEM_ACTOR, recordAudit } from "../audit/record.ts";
import { db } from "../db/client.ts";
import { Prisma } from "../generated/prisma/client.ts";
import { recordHoldRefusal } from "../legal-holds/refusal.ts";
import type { Clock } from "../time/clock.ts";
import type { RetentionCategory } from "./categories/index.ts";
import { cutoffsFor } from "./cutoffs.ts";
import { idsSha256 } from "./evidence.ts";
import { countExpiredSql, deleteBatchSql } from "./expired.ts";
import { heldRows } from "./held.ts";
import { overridesFor, policies, type Policy } from "./policies.ts";
import { purgeSystemCategory } from "./systems/purge-system.ts";

export const PURGE_BATCH = 1000;

export type PurgeOptions = {
  batchSize?: number;
  categories?: readonly string[];
  /** Deadline of each question to a connected system (ADR 0028). */
  systemTimeoutMs?: number;
};
export type BucketResult = { category: string; organizationId: string | null; removed: number; held: number };
export type PurgeResult = { runId: string; buckets: BucketResult[] };

type Bucket = { ids: string[]; oldest: Date | null; newest: Date | null; held: number };
type Buckets = Map<string | null, Bucket>;
type Removed = { id: string; organizationId: string | null; at: Date; also: string | null; last: string };

function bucketOf(buckets: Buckets, organizationId: string | null): Bucket {
  let bucket = buckets.get(organizationId);
  if (!bucket) buckets.set(organizationId, (bucket = { ids: [], oldest: null, newest: null, held: 0 }));
  return bucket;
}

function addRemoved(buckets: Buckets, rows: readonly Removed[]): Buckets {
  for (const row of rows) {
    const bucket = bucketOf(buckets, row.organizationId);
    bucket.ids.push(row.id);
    if (!bucket.oldest || row.at < bucket.oldest) bucket.oldest = row.at;
    if (!bucket.newest || row.at > bucket.newest) bucket.newest = row.at;
  }
  return buckets;
}

export async function runRetentionPurge(clock: Clock, options: PurgeOptions = {}): Promise<PurgeResult> {
  const runId = randomUUID();
  const buckets: BucketResult[] = [];
  const all = (await policies()).filter(
    (p) => !options.categories || options.categories.includes(p.category.key),
  );
  for (const policy of all) {
    if (!policy.category.sql) continue;
    buckets.push(...(await purgeCategory(runId, policy, clock, options.batchSize ?? PURGE_BATCH)));
  }
  // Then the connected systems' categories, each asked through the connector protocol (./systems).
  for (const policy of all) {
    if (policy.category.system?.connector !== "WEBHOOK") continue;
    buckets.push(
      ...(await purgeSystemCategory(runId, policy, clock, { timeoutMs: options.systemTimeoutMs })),
    );
  }
  const removed = buckets.reduce((n, b) => n + b.removed, 0);
  const held = buckets.reduce((n, b) => n + b.held, 0);
  if (removed + held > 0)
    await recordAudit(
      {
        organizationId: null,
        actor: SYSTEM_ACTOR,
        action: "retention.purge.completed",
        target: { type: "RetentionRun", id: runId },
        metadata: { runId, removed, held, categories: new Set(buckets.map((b) => b.category)).size },
      },
      { clock },
    );
  return { runId, buckets };
}

async function purgeCategory(
  runId: string,
  policy: Policy,
  clock: Clock,
  batchSize: number,
): Promise<BucketResult[]> {
  const category: RetentionCategory = policy.category;
  const sql = category.sql!;
  const startedAt = clock.now();
  const overrides = await overridesFor(category.key, policy);
  const cutoffs = cutoffsFor(startedAt, policy.periodDays, overrides);
  const holds = await heldRows(db, category);
  const evidence = (organizationId: string | null, bucket: Bucket, finishedAt = clock.now()) => ({
    runId,
    category: category.key,
    organizationId,
    periodDays: (organizationId && overrides.get(organizationId)) || policy.periodDays,
    cutoff: (organizationId && cutoffs.byOrganization.get(organizationId)) || cutoffs.policy,
    selector: category.selector,
    removed: bucket.ids.length,
    held: bucket.held,
    oldestAt: bucket.oldest,
    newestAt: bucket.newest,
    idsSha256: idsSha256(bucket.ids),
    startedAt,
    finishedAt,
  });
  const byBucket: Buckets = new Map();
  /** Rows kept, per hold and organisation: one refusal each. */
  const refused = new Map<string, Map<string | null, number>>();

  const expired = await db.$queryRaw<{ organizationId: string | null; holdId: string | null; n: number }[]>(
    countExpiredSql(sql, cutoffs, holds.everything ? [] : holds.rows),
  );
  for (const row of expired) {
    const holdId = holds.everything?.id ?? row.holdId;
    if (!holdId) continue;
    bucketOf(byBucket, row.organizationId).held += row.n;
    const byOrganization = refused.get(holdId) ?? new Map<string | null, number>();
    byOrganization.set(row.organizationId, (byOrganization.get(row.organizationId) ?? 0) + row.n);
    refused.set(holdId, byOrganization);
  }

  if (!holds.everything) {
    let after: string | null = null;
    for (;;) {
      const batch = deleteBatchSql(sql, cutoffs, holds.rows, batchSize, after, {
        runId,
        category: category.key,
        selector: category.selector,
        periodDays: policy.periodDays,
        overrides,
        startedAt,
        finishedAt: clock.now(),
      });
      // One statement removes the batch and writes its evidence; the rows another table keeps for them
      // alone (alsoDelete) go in the same transaction.
      const alsoDelete = sql.alsoDelete;
      const removed: Removed[] = alsoDelete
        ? await db.$transaction(async (tx) => {
            const rows = await tx.$queryRaw<Removed[]>(batch);
            const also = rows.flatMap((r) => (r.also ? [r.also] : []));
            if (also.length > 0)
              await tx.$executeRaw(
                Prisma.sql`DELETE FROM ${Prisma.raw(alsoDelete.table)} WHERE id = ANY(${also}::text[])`,
              );
            return rows;
          })
        : await db.$queryRaw<Removed[]>(batch);
      if (removed.length === 0) break;
      addRemoved(byBucket, removed);
      after = removed[0]!.last;
    }
  }

  if (byBucket.size === 0) return [];
  const finishedAt = clock.now();
  await db.$transaction(async (tx) => {
    // The batches' evidence rows give way to one row per organisation over all the ids it lost.
    await tx.retentionRun.deleteMany({ where: { runId, category: category.key } });
    await tx.retentionRun.createMany({
      data: [...byBucket].map(([organizationId, bucket]) => evidence(organizationId, bucket, finishedAt)),
    });
    for (const [holdId, byOrganization] of refused)
      for (const [organizationId, records] of byOrganization)
        await recordHoldRefusal(
          tx,
          holds.holds.get(holdId)!,
          {
            path: "RETENTION_PURGE",
            targetType: "RetentionCategory",
            targetId: `${category.key}:${organizationId ?? "provider"}`,
            organizationId,
            records,
          },
          clock,
        );
  });
  return [...byBucket].map(([organizationId, bucket]) => ({
    category: category.key,
    organizationId,
    removed: bucket.ids.length,
    held: bucket.held,
  }));
}
