// The dry run of a connected system's category (GDPR.md G3; ADR 0028): each organisation's system is asked
// in count mode (nothing changes), a few at a time and all within one deadline, for the records before the
// cutoff the proposed period gives; what a legal hold would keep is counted with the hold's reference, and
// a system that does not answer is shown as such. A MANUAL system is not asked.
import { randomUUID } from "node:crypto";
import { db } from "../../db/client.ts";
import { concurrencyLimit } from "../../dsr/connectors/concurrency-limit.ts";
import type { Clock } from "../../time/clock.ts";
import type { RetentionCategory } from "../categories/category.ts";
import { cutoffsFor } from "../cutoffs.ts";
import { heldRows } from "../held.ts";
import type { PolicyInput } from "../input.ts";
import { overridesFor } from "../policies.ts";
import { askOrganization } from "./ask-organization.ts";
import { systemHolds } from "./holds.ts";
import { SYSTEM_PURGE_CONCURRENCY } from "./purge-system.ts";
import { systemTargets } from "./targets.ts";

/** The whole dry run's deadline; each question gets what is left (at most PURGE_ASK_TIMEOUT_MS). */
export const PREVIEW_DEADLINE_MS = 15_000;

export type SystemPreviewRow = {
  organizationId: string;
  organizationName: string;
  slug: string;
  wouldRemove: number;
  held: number;
  heldBy: string | null;
  /** Why the system gave no count (null: it answered). */
  unreachable: string | null;
};

export async function previewSystemCategory(
  clock: Clock,
  category: RetentionCategory,
  input: PolicyInput,
  options: { deadlineMs?: number } = {},
): Promise<SystemPreviewRow[]> {
  const source = category.system!;
  const targets = await systemTargets(source);
  if (!targets) return [];
  const started = Date.now();
  const deadline = options.deadlineMs ?? PREVIEW_DEADLINE_MS;
  const overrides = await overridesFor(category.key, input);
  const cutoffs = cutoffsFor(clock.now(), input.periodDays, overrides);
  const holdsOf = await systemHolds(await heldRows(db, category), source);
  const runId = `preview-${randomUUID()}`;
  const limit = concurrencyLimit(SYSTEM_PURGE_CONCURRENCY);
  return Promise.all(
    targets.organizations.map((target) =>
      limit(async (): Promise<SystemPreviewRow> => {
        const row = {
          organizationId: target.organizationId,
          organizationName: target.name,
          slug: target.slug,
        };
        const left = deadline - (Date.now() - started);
        if (left <= 0)
          return { ...row, wouldRemove: 0, held: 0, heldBy: null, unreachable: "deadline passed" };
        const outcome = await askOrganization(
          {
            runId,
            endpoint: targets.endpoint,
            category: { key: category.key, wireKey: source.categoryKey },
            target,
            cutoff: cutoffs.byOrganization.get(target.organizationId) ?? cutoffs.policy,
            holds: holdsOf(target.organizationId),
            now: clock.now(),
            timeoutMs: Math.min(left, 10_000),
          },
          "count",
        );
        switch (outcome.kind) {
          case "held": {
            const n = outcome.records ?? 0;
            return { ...row, wouldRemove: n, held: n, heldBy: outcome.hold.reference, unreachable: null };
          }
          case "failed":
            return { ...row, wouldRemove: 0, held: 0, heldBy: null, unreachable: outcome.reason };
          case "done": {
            const first = [...outcome.kept.values()][0];
            return {
              ...row,
              wouldRemove: outcome.result.records,
              held: outcome.held,
              heldBy: first?.hold.reference ?? null,
              unreachable: null,
            };
          }
        }
      }),
    ),
  );
}
