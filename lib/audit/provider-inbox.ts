// The provider's chain for high-volume steps (ADR 0022). Every organisation's steps meet in the provider's
// chain, so appending to it under its lock in each step's own transaction made that lock the one queue
// every API filing and every settled request waited in, held for several round trips of a busy process.
// Instead such a step writes its provider-chain events to the inbox (AuditInbox) in its own transaction,
// with no lock — the event exists exactly when the change does — and, after its commit, asks for a drain:
// one transaction takes the chain's lock once and appends every event waiting, in inbox order, with the
// same seq/prevHash/hash rules as recordAudit (chainedRow), then deletes them. A drain that is asked for
// while one runs in this process is the next one (it may not see rows committed after the running one
// started), so callers that await appendProviderInbox() find their events in the chain. A drain that
// never comes (the process died after its commit) is made up by the next one anywhere, or the audit job
// every minute (lib/jobs/audit-jobs.ts). The organisations' chains are written as before.
import { db, type Tx } from "../db/client.ts";
import { systemClock, type Clock } from "../time/clock.ts";
import { chainFor } from "./hash.ts";
import { auditContent, chainedRow, type AuditContent, type AuditInput } from "./record.ts";

const PROVIDER_CHAIN = chainFor(null);
const DRAIN_BATCH = 2000;

/** Writes provider-chain events (organizationId null) to the inbox, in the caller's transaction. */
export async function queueProviderEvents(
  tx: Tx,
  inputs: readonly AuditInput[],
  clock: Clock = systemClock,
): Promise<void> {
  if (inputs.length === 0) return;
  const at = clock.now();
  await tx.auditInbox.createMany({
    data: inputs.map((input) => {
      if (input.organizationId) throw new Error("the inbox holds provider-chain events only");
      const { organizationId: _none, ...content } = auditContent(input, at);
      return content;
    }),
  });
}

/** Appends up to DRAIN_BATCH waiting events to the provider's chain; returns how many. */
async function drainOnce(): Promise<number> {
  return db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${PROVIDER_CHAIN}, 0))`;
      const waiting = await tx.auditInbox.findMany({ orderBy: { id: "asc" }, take: DRAIN_BATCH });
      if (waiting.length === 0) return 0;
      let last = await tx.auditEvent.findFirst({
        where: { chain: PROVIDER_CHAIN },
        orderBy: { seq: "desc" },
        select: { seq: true, hash: true },
      });
      const rows = waiting.map(({ id: _id, metadata, ...content }) => {
        const row = chainedRow(
          { ...content, organizationId: null, metadata: metadata as AuditContent["metadata"] },
          last,
        );
        last = { seq: row.seq, hash: row.hash };
        return row;
      });
      await tx.auditEvent.createMany({ data: rows });
      await tx.auditInbox.deleteMany({ where: { id: { in: waiting.map((w) => w.id) } } });
      return waiting.length;
    },
    { maxWait: 30_000, timeout: 60_000 },
  );
}

/** Appends every waiting event (the audit job, tests). Returns how many. */
export async function drainProviderInbox(): Promise<number> {
  let total = 0;
  for (;;) {
    const appended = await drainOnce();
    total += appended;
    if (appended < DRAIN_BATCH) return total;
  }
}

let running: Promise<number> | null = null;
let queued: Promise<number> | null = null;

/**
 * After a commit that queued provider events: resolves once a drain that started after this call has
 * finished, so the caller's events are in the chain. Concurrent callers in a process share drains. Never
 * throws (the events wait in the inbox for the next drain); the error is logged.
 */
export function appendProviderInbox(): Promise<void> {
  return nextDrain().then(
    () => undefined,
    (error: unknown) => console.error("[audit] provider inbox drain failed; the next one retries", error),
  );
}

function nextDrain(): Promise<number> {
  if (!running) {
    const run = drainProviderInbox().finally(() => {
      if (running === run) running = null;
    });
    running = run;
    return run;
  }
  queued ??= running
    .catch(() => 0)
    .then(() => {
      queued = null;
      return nextDrain();
    });
  return queued;
}
