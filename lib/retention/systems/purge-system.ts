// The retention purge of a connected system's category (GDPR.md G1, G2; ADR 0028): for every organisation
// whose data the WEBHOOK system holds, the system is asked (./ask-organization.ts) to remove the records
// before the organisation's cutoff, except what a legal hold keeps. Each organisation gets an evidence row
// (RetentionRun): the count, time range and SHA-256 over the removed ids as the system reports them, or
// why nothing was removed (unreachable, invalid answer, the system's failure: asked again on the next run).
// A hold that keeps everything means no request at all and a refusal per hold and organisation, as for
// Article28's own categories; SUBJECT holds' kept records are refused per hold too.
import { db } from "../../db/client.ts";
import { concurrencyLimit } from "../../dsr/connectors/concurrency-limit.ts";
import { recordHoldRefusal } from "../../legal-holds/refusal.ts";
import type { Clock } from "../../time/clock.ts";
import type { RetentionCategory, SystemSource } from "../categories/category.ts";
import { cutoffsFor } from "../cutoffs.ts";
import { idsSha256 } from "../evidence.ts";
import { heldRows } from "../held.ts";
import { overridesFor, type Policy } from "../policies.ts";
import { askOrganization, type OrganizationOutcome } from "./ask-organization.ts";
import { systemHolds } from "./holds.ts";
import { systemTargets, type Target } from "./targets.ts";

/** Organisations asked at once (each question has its own deadline). */
export const SYSTEM_PURGE_CONCURRENCY = 4;

export type SystemBucket = { category: string; organizationId: string; removed: number; held: number };

export async function purgeSystemCategory(
  runId: string,
  policy: Policy,
  clock: Clock,
  options: { timeoutMs?: number } = {},
): Promise<SystemBucket[]> {
  const category: RetentionCategory = policy.category;
  const source: SystemSource = category.system!;
  const targets = await systemTargets(source);
  if (!targets || targets.organizations.length === 0) return [];
  const startedAt = clock.now();
  const overrides = await overridesFor(category.key, policy);
  const cutoffs = cutoffsFor(startedAt, policy.periodDays, overrides);
  const holdsOf = await systemHolds(await heldRows(db, category), source);
  const limit = concurrencyLimit(SYSTEM_PURGE_CONCURRENCY);
  const buckets = await Promise.all(
    targets.organizations.map((target) =>
      limit(async () => {
        const cutoff = cutoffs.byOrganization.get(target.organizationId) ?? cutoffs.policy;
        const outcome = await askOrganization(
          {
            runId,
            endpoint: targets.endpoint,
            category: { key: category.key, wireKey: source.categoryKey },
            target,
            cutoff,
            holds: holdsOf(target.organizationId),
            now: clock.now(),
            timeoutMs: options.timeoutMs,
          },
          "purge",
        );
        const evidence = {
          runId,
          category: category.key,
          organizationId: target.organizationId,
          periodDays: overrides.get(target.organizationId) ?? policy.periodDays,
          cutoff,
          selector: category.selector,
          startedAt,
        };
        return record(evidence, target, outcome, clock);
      }),
    ),
  );
  return buckets.flatMap((b) => (b ? [b] : []));
}

type Evidence = {
  runId: string;
  category: string;
  organizationId: string;
  periodDays: number;
  cutoff: Date;
  selector: string;
  startedAt: Date;
};

const date = (iso: string | null | undefined) => (iso ? new Date(iso) : null);

async function record(
  evidence: Evidence,
  target: Target,
  outcome: OrganizationOutcome,
  clock: Clock,
): Promise<SystemBucket | null> {
  const refusalTarget = {
    path: "RETENTION_PURGE" as const,
    targetType: "RetentionCategory",
    targetId: `${evidence.category}:${target.organizationId}`,
    organizationId: target.organizationId,
  };
  return db.$transaction(async (tx) => {
    if (outcome.kind === "held") {
      // Nothing was asked, so how many records it keeps is unknown: the refusal is the record (0 counted).
      await recordHoldRefusal(tx, outcome.hold, { ...refusalTarget, records: outcome.records ?? 0 }, clock);
      return null;
    }
    for (const { hold, records } of outcome.kept.values())
      await recordHoldRefusal(tx, hold, { ...refusalTarget, records }, clock);
    const removed = outcome.kind === "done" ? outcome.result.records : 0;
    const error = outcome.kind === "failed" ? outcome.reason.slice(0, 500) : null;
    if (removed === 0 && outcome.held === 0 && !error) return null;
    await tx.retentionRun.create({
      data: {
        ...evidence,
        removed,
        held: outcome.held,
        oldestAt: outcome.kind === "done" ? date(outcome.result.oldestAt) : null,
        newestAt: outcome.kind === "done" ? date(outcome.result.newestAt) : null,
        idsSha256: (outcome.kind === "done" && outcome.result.idsSha256) || idsSha256([]),
        finishedAt: clock.now(),
        error,
      },
    });
    return {
      category: evidence.category,
      organizationId: target.organizationId,
      removed,
      held: outcome.held,
    };
  });
}
