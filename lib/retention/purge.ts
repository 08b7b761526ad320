// The scheduled retention purge (GDPR.md G1, G2; lib/jobs/retention-jobs.ts): for each category, the rows
// whose period ended are deleted in small batches (one short statement each, SKIP LOCKED, so readers and
// writers are never blocked), except the rows of organisations (or a whole category) under a legal hold:
// those are counted and the refusal recorded with the hold that stopped it. Every category and
// organisation with removed or held rows gets an evidence row (RetentionRun): policy, selector, period and
// cutoff, count, time range, SHA-256 over the removed ids. Idempotent: a second run finds nothing more to
// remove. Runs as the system with an injected clock.
import { randomUUID } from "node:crypto";
import { SYSTEM_ACTOR, recordAudit } from "../audit/record.ts";
import { db } from "../db/client.ts";
import { recordHoldRefusal } from "../legal-holds/refusal.ts";
import type { Clock } from "../time/clock.ts";
import type { RetentionCategory } from "./categories/index.ts";
import { cutoffsFor } from "./cutoffs.ts";
import { idsSha256 } from "./evidence.ts";
import { countExpiredSql, deleteBatchSql } from "./expired.ts";
import { heldBuckets, holdFor } from "./held.ts";
import { overridesFor, policies, type Policy } from "./policies.ts";

export const PURGE_BATCH = 1000;

export type PurgeOptions = { batchSize?: number; categories?: readonly string[] };
export type BucketResult = { category: string; organizationId: string | null; removed: number; held: number };
export type PurgeResult = { runId: string; buckets: BucketResult[] };

type Bucket = { ids: string[]; oldest: Date | null; newest: Date | null; held: number };
type Removed = { id: string; organizationId: string | null; at: Date; last: string };

export async function runRetentionPurge(clock: Clock, options: PurgeOptions = {}): Promise<PurgeResult> {
  const runId = randomUUID();
  const buckets: BucketResult[] = [];
  for (const policy of await policies()) {
    if (!policy.category.sql) continue;
    if (options.categories && !options.categories.includes(policy.category.key)) continue;
    buckets.push(...(await purgeCategory(runId, policy, clock, options.batchSize ?? PURGE_BATCH)));
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
  const holds = await heldBuckets(db, category.key);
  const byBucket = new Map<string | null, Bucket>();
  const bucketOf = (org: string | null) => {
    let bucket = byBucket.get(org);
    if (!bucket) byBucket.set(org, (bucket = { ids: [], oldest: null, newest: null, held: 0 }));
    return bucket;
  };

  const expired = await db.$queryRaw<{ organizationId: string | null; n: number }[]>(
    countExpiredSql(sql, cutoffs),
  );
  for (const row of expired)
    if (holdFor(holds, row.organizationId)) bucketOf(row.organizationId).held = row.n;

  if (!holds.everything) {
    const heldOrganizations = [...holds.byOrganization.keys()];
    let after: string | null = null;
    for (;;) {
      const removed: Removed[] = await db.$queryRaw<Removed[]>(
        deleteBatchSql(sql, cutoffs, heldOrganizations, batchSize, after),
      );
      for (const row of removed) {
        const bucket = bucketOf(row.organizationId);
        bucket.ids.push(row.id);
        if (!bucket.oldest || row.at < bucket.oldest) bucket.oldest = row.at;
        if (!bucket.newest || row.at > bucket.newest) bucket.newest = row.at;
      }
      if (removed.length === 0) break;
      after = removed[0]!.last;
    }
  }

  const finishedAt = clock.now();
  const results: BucketResult[] = [];
  for (const [organizationId, bucket] of byBucket) {
    if (bucket.ids.length === 0 && bucket.held === 0) continue;
    const periodDays = (organizationId && overrides.get(organizationId)) || policy.periodDays;
    const hold = holdFor(holds, organizationId);
    await db.$transaction(async (tx) => {
      await tx.retentionRun.create({
        data: {
          runId,
          category: category.key,
          organizationId,
          periodDays,
          cutoff: (organizationId && cutoffs.byOrganization.get(organizationId)) || cutoffs.policy,
          selector: category.selector,
          removed: bucket.ids.length,
          held: bucket.held,
          oldestAt: bucket.oldest,
          newestAt: bucket.newest,
          idsSha256: idsSha256(bucket.ids),
          startedAt,
          finishedAt,
        },
      });
      if (hold && bucket.held > 0)
        await recordHoldRefusal(
          tx,
          hold,
          {
            path: "RETENTION_PURGE",
            targetType: "RetentionCategory",
            targetId: `${category.key}:${organizationId ?? "provider"}`,
            organizationId,
            records: bucket.held,
          },
          clock,
        );
    });
    results.push({ category: category.key, organizationId, removed: bucket.ids.length, held: bucket.held });
  }
  return results;
}
