// What one organisation's part of a system category comes to (ADR 0028), for the purge (mode "purge") and
// the dry run (mode "count"): kept whole by a hold (nothing asked when purging); or, when SUBJECT holds
// exist, first a count whose reported identifiers are hashed and the held ones kept (`keep.subjects`: only
// identifiers the system itself reported go back to it); then the question itself.
import type { BlockingHold } from "../../legal-holds/blocking.ts";
import { askPurgeExpired, purgeWebhookId, type SystemEndpoint } from "./ask.ts";
import { subjectHoldOf, type OrganizationHolds } from "./holds.ts";
import type { ParsedPurgeExpiredResult } from "./protocol.ts";
import type { Target } from "./targets.ts";

export type SubjectsKept = Map<string, { hold: BlockingHold; records: number }>;

export type OrganizationOutcome =
  | { kind: "held"; hold: BlockingHold; records: number | null }
  | { kind: "failed"; reason: string; held: number; kept: SubjectsKept }
  | { kind: "done"; result: ParsedPurgeExpiredResult; held: number; kept: SubjectsKept };

export type Question = {
  runId: string;
  endpoint: SystemEndpoint;
  category: { key: string; wireKey: string };
  target: Target;
  cutoff: Date;
  holds: OrganizationHolds;
  now: Date;
  timeoutMs?: number;
};

export async function askOrganization(
  question: Question,
  mode: "count" | "purge",
): Promise<OrganizationOutcome> {
  const { runId, endpoint, category, target, holds } = question;
  const ask = (askMode: "count" | "purge", subjects: string[]) =>
    askPurgeExpired(
      endpoint,
      {
        version: 1,
        action: "purge_expired",
        organization: { id: target.organizationId, slug: target.slug },
        category: category.wireKey,
        cutoff: question.cutoff.toISOString(),
        mode: askMode,
        keep: { subjects },
      },
      purgeWebhookId(runId, {
        dataSystemId: endpoint.dataSystemId,
        organizationId: target.organizationId,
        category: category.key,
        mode: askMode,
      }),
      { now: question.now, timeoutMs: question.timeoutMs },
    );
  if (holds.all && mode === "purge") return { kind: "held", hold: holds.all, records: null };
  const kept: SubjectsKept = new Map();
  if (holds.subjects.length === 0 || holds.all) {
    const answer = await ask(mode, []);
    if (!answer.ok) return { kind: "failed", reason: answer.reason, held: 0, kept };
    if (holds.all) return { kind: "held", hold: holds.all, records: answer.result.records };
    return { kind: "done", result: answer.result, held: 0, kept };
  }
  const counted = await ask("count", []);
  if (!counted.ok) return { kind: "failed", reason: counted.reason, held: 0, kept };
  const keep: string[] = [];
  let held = 0;
  for (const subject of counted.result.subjects ?? []) {
    const hold = subjectHoldOf(target.organizationId, subject.identifier, holds.subjects);
    if (!hold) continue;
    keep.push(subject.identifier);
    held += subject.records;
    const entry = kept.get(hold.id) ?? { hold, records: 0 };
    entry.records += subject.records;
    kept.set(hold.id, entry);
  }
  if (mode === "count") return { kind: "done", result: counted.result, held, kept };
  const purged = await ask("purge", keep);
  if (!purged.ok) return { kind: "failed", reason: purged.reason, held, kept };
  return { kind: "done", result: purged.result, held, kept };
}
