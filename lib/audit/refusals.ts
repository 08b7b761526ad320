// Refusals that anyone can repeat at will (wrong passwords, throttled attempts, denied pages, made-up
// links) are summarised instead of written one row per request (SECURITY.md S24, ADR 0012): the first
// refusal of a subject in a chain and 15-minute window is an audit event as usual; later ones only
// count in "AuditRefusalTally"; once the window is over its count reaches the hash-chained log as one
// `audit.refusals.summarised` event. The summary is written when the same subject is refused again in a
// later window, or by the job (lib/jobs/audit-jobs.ts) — in the transaction that deletes the tally, so
// every window is summarised exactly once and no count is lost.
import { db, type Tx } from "../db/client.ts";
import type { AuditEventMetadata } from "./events.ts";
import { systemClock, type Clock } from "../time/clock.ts";
import { chainFor } from "./hash.ts";
import { recordAuditBatch } from "./record-batch.ts";
import type { AuditInput } from "./record.ts";

export const REFUSAL_WINDOW_MS = 15 * 60_000;
const SUMMARY_BATCH = 500;

type Tally = {
  chain: string;
  action: string;
  subject: string;
  windowStart: Date;
  windowEnd: Date;
  organizationId: string | null;
  count: number;
  actorUserId: string | null;
  actorLabel: string;
  ip: string | null;
};

function windowOf(now: Date): { windowStart: Date; windowEnd: Date } {
  const start = Math.floor(now.getTime() / REFUSAL_WINDOW_MS) * REFUSAL_WINDOW_MS;
  return { windowStart: new Date(start), windowEnd: new Date(start + REFUSAL_WINDOW_MS) };
}

/**
 * Records one refusal, to each chain of `inputs` (one entry per chain, e.g. a user's organisations),
 * counted by `subject` — what the refusals are repeated by, such as "<email>|<ip>" or an address. Only
 * the first refusal of the subject in a chain and window becomes an event.
 */
export async function recordRefusal(
  inputs: readonly AuditInput[],
  subject: string,
  clock: Clock = systemClock,
): Promise<void> {
  const now = clock.now();
  const { windowStart, windowEnd } = windowOf(now);
  const firsts: AuditInput[] = [];
  for (const input of inputs) {
    const organizationId = input.organizationId ?? null;
    const [row] = await db.$queryRaw<{ count: number }[]>`
      INSERT INTO "AuditRefusalTally" (chain, action, subject, "windowStart", "windowEnd", "organizationId",
        count, "actorUserId", "actorLabel", ip)
      VALUES (${chainFor(organizationId)}, ${input.action}, ${subject}, ${windowStart}, ${windowEnd},
        ${organizationId}, 1, ${input.actor.userId}, ${input.actor.label}, ${input.request?.ip ?? null})
      ON CONFLICT (chain, action, subject, "windowStart") DO UPDATE SET count = "AuditRefusalTally".count + 1
      RETURNING count`;
    if (row?.count === 1) firsts.push(input);
  }
  if (firsts.length === 0) return;
  await db.$transaction(
    async (tx) => {
      // A new window for these subjects: the windows before it are over, so summarise them first.
      const earlier = await takeEndedTallies(tx, now, firsts, subject);
      await recordAuditBatch(tx, [...earlier.map(summaryOf), ...firsts], clock);
    },
    { maxWait: 10_000, timeout: 10_000 },
  );
}

/** Writes the summary of every window that is over (the job; tests pass their clock). */
export async function summariseFinishedWindows(clock: Clock = systemClock): Promise<{ summaries: number }> {
  let summaries = 0;
  for (;;) {
    const taken = await db.$transaction(
      async (tx) => {
        const tallies = await tx.$queryRaw<Tally[]>`
          DELETE FROM "AuditRefusalTally" WHERE (chain, action, subject, "windowStart") IN (
            SELECT chain, action, subject, "windowStart" FROM "AuditRefusalTally"
            WHERE "windowEnd" <= ${clock.now()} ORDER BY "windowEnd" LIMIT ${SUMMARY_BATCH}
            FOR UPDATE SKIP LOCKED)
          RETURNING *`;
        const repeated = tallies.filter((t) => t.count > 1);
        await recordAuditBatch(tx, repeated.map(summaryOf), clock);
        summaries += repeated.length;
        return tallies.length;
      },
      { maxWait: 10_000, timeout: 60_000 },
    );
    if (taken < SUMMARY_BATCH) return { summaries };
  }
}

/** Deletes and returns the ended windows of the same chains, actions and subject. */
async function takeEndedTallies(
  tx: Tx,
  now: Date,
  inputs: readonly AuditInput[],
  subject: string,
): Promise<Tally[]> {
  const chains = inputs.map((input) => chainFor(input.organizationId ?? null));
  const actions = inputs.map((input) => input.action);
  const tallies = await tx.$queryRaw<Tally[]>`
    DELETE FROM "AuditRefusalTally"
    WHERE subject = ${subject} AND "windowEnd" <= ${now}
      AND (chain, action) IN (SELECT * FROM unnest(${chains}::text[], ${actions}::text[]))
    RETURNING *`;
  return tallies.filter((t) => t.count > 1);
}

/** The one event a window with repeated refusals leaves in the chain. */
function summaryOf(tally: Tally): AuditInput<"audit.refusals.summarised"> {
  const metadata: AuditEventMetadata["audit.refusals.summarised"] = {
    action: tally.action,
    subject: tally.subject,
    count: tally.count,
    windowStart: tally.windowStart.toISOString(),
    windowEnd: tally.windowEnd.toISOString(),
  };
  return {
    organizationId: tally.organizationId,
    actor: { userId: tally.actorUserId, label: tally.actorLabel },
    action: "audit.refusals.summarised",
    request: { ip: tally.ip, userAgent: null, requestId: null },
    metadata,
  };
}
