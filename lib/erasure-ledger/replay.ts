import "server-only";
// Replays the erasure ledger onto a restored database (ADR 0034): every entry written since the backup
// was taken (less a margin for erasures whose transaction was still open when the snapshot was taken —
// replaying one the backup already has changes nothing), oldest first, each audited in the provider's
// chain when it changed something.
import { recordAudit, SYSTEM_ACTOR } from "../audit/record.ts";
import type { Clock } from "../time/clock.ts";
import type { LedgerEntry } from "./entry.ts";
import { readLedger } from "./ledger-file.ts";
import { replayAccountDeletion } from "./replay-account-deletion.ts";
import { replayDsrErasure } from "./replay-dsr-erasure.ts";
import type { ReplayOutcome } from "./replay-outcome.ts";

/** Longer than any erasure transaction may stay open (the closure's allows 120 s). */
export const REPLAY_MARGIN_MS = 10 * 60_000;

export type ReplayedEntry = { entry: LedgerEntry } & ReplayOutcome;

export function entriesSince(entries: LedgerEntry[], backupCreatedAt: Date): LedgerEntry[] {
  const from = backupCreatedAt.getTime() - REPLAY_MARGIN_MS;
  return entries
    .filter((e) => new Date(e.at).getTime() >= from)
    .sort((a, b) => new Date(a.at).getTime() - new Date(b.at).getTime());
}

export async function replayLedger(backupCreatedAt: Date, clock: Clock): Promise<ReplayedEntry[]> {
  const replayed: ReplayedEntry[] = [];
  for (const entry of entriesSince(readLedger(), backupCreatedAt)) {
    const outcome =
      entry.kind === "dsr-erasure"
        ? await replayDsrErasure(entry, clock)
        : await replayAccountDeletion(entry, clock);
    if (outcome.outcome === "applied" || outcome.outcome === "held")
      await recordAudit(
        {
          organizationId: null,
          actor: SYSTEM_ACTOR,
          action: "provider.erasure.replayed",
          target:
            entry.kind === "dsr-erasure"
              ? { type: "DataSubjectRequest", id: entry.requestId }
              : { type: "AccountClosure", id: entry.closureId },
          metadata: {
            entryId: entry.id,
            kind: entry.kind,
            organizationId: entry.organizationId,
            certificateId: entry.certificateId,
            erasedAt: entry.at,
            outcome: outcome.outcome,
            tasks: outcome.tasks,
            ...(outcome.hold ? { hold: outcome.hold } : {}),
          },
        },
        { clock },
      );
    replayed.push({ entry, ...outcome });
  }
  return replayed;
}
