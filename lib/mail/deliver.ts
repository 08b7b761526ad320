// Delivers due outbox messages. Each message is sent while its row is locked (FOR UPDATE SKIP LOCKED)
// and marked sent in the same transaction: a worker killed mid-send releases the lock with its
// connection and the message is retried; two workers never send the same row (SECURITY.md S22). What an
// acceptance means beyond the row (a breach notice delivered) is recorded in the same transaction.
import { db } from "../db/client.ts";
import { systemClock, type Clock } from "../time/clock.ts";
import { outboxBody, outboxHeaders, outboxHtml } from "./outbox.ts";
import type { MailTransport } from "./transport.ts";
import {
  forget,
  recordAcceptance,
  recordUnrecordedAcceptances,
  unrecordedIds,
} from "./unrecorded-acceptances.ts";

export const MAX_ATTEMPTS = 8;
/** Parallel delivery lanes, each with its own locked row and SMTP connection (SMTP_POOL_CONNECTIONS). */
export const DEFAULT_CONCURRENCY = 24;
const SEND_TIMEOUT_MS = 60_000;

type Claimed = {
  id: string;
  idempotencyKey: string;
  toAddress: string;
  subject: string;
  textBody: string;
  htmlBody: string | null;
  headers: string | null;
  sensitive: boolean;
  attempts: number;
};

export async function deliverPendingEmails(
  transport: MailTransport,
  options: {
    clock?: Clock;
    concurrency?: number;
    limit?: number;
    /** Only this organisation's emails (tests sharing a database with others deliver only their own). */
    organizationId?: string;
  } = {},
): Promise<{ sent: number; failed: number }> {
  const clock = options.clock ?? systemClock;
  const limit = options.limit ?? Number.POSITIVE_INFINITY;
  const totals = { sent: 0, failed: 0 };
  // What a server accepted while the database was away is written first, never sent again.
  await recordUnrecordedAcceptances();
  const lane = async () => {
    while (totals.sent + totals.failed < limit) {
      const outcome = await deliverOne(transport, clock, options.organizationId);
      if (outcome === "none") return;
      totals[outcome]++;
    }
  };
  // Every lane ends before a failure is reported (the database went away under one): none is left running.
  const lanes = await Promise.allSettled(
    Array.from({ length: options.concurrency ?? DEFAULT_CONCURRENCY }, lane),
  );
  const failed = lanes.find((l): l is PromiseRejectedResult => l.status === "rejected");
  if (failed) throw failed.reason;
  return totals;
}

async function deliverOne(
  transport: MailTransport,
  clock: Clock,
  organizationId: string | undefined,
): Promise<"sent" | "failed" | "none"> {
  let accepted: string | null = null;
  const outcome = await db.$transaction(
    async (tx) => {
      const [row] = await tx.$queryRaw<Claimed[]>`
        SELECT id, "idempotencyKey", "toAddress", subject, "textBody", "htmlBody", headers, sensitive, attempts FROM "OutboxEmail"
        WHERE status = 'PENDING' AND "nextAttemptAt" <= ${clock.now()}
          AND (${organizationId ?? null}::text IS NULL OR "organizationId" = ${organizationId ?? null})
          AND NOT (id = ANY(${unrecordedIds()}::text[]))
        ORDER BY "createdAt" LIMIT 1 FOR UPDATE SKIP LOCKED`;
      if (!row) return "none";
      const attempts = row.attempts + 1;
      try {
        await transport.send({
          id: row.id,
          to: row.toAddress,
          subject: row.subject,
          text: outboxBody(row),
          html: outboxHtml(row),
          headers: outboxHeaders(row),
        });
      } catch (error) {
        const giveUp = attempts >= MAX_ATTEMPTS;
        await tx.outboxEmail.update({
          where: { id: row.id },
          data: {
            attempts,
            status: giveUp ? "FAILED" : "PENDING",
            lastError: error instanceof Error ? error.message.slice(0, 500) : "unknown error",
            nextAttemptAt: new Date(clock.now().getTime() + backoffMs(attempts)),
          },
        });
        return "failed";
      }
      // Accepted by the SMTP server: only now is the email delivered (ADR 0016). Remembered until the
      // commit, so a database restart in between does not make it go out twice (./unrecorded-acceptances.ts).
      accepted = row.id;
      await recordAcceptance(tx, {
        id: row.id,
        idempotencyKey: row.idempotencyKey,
        sensitive: row.sensitive,
        attempts,
        sentAt: clock.now(),
      });
      return "sent";
    },
    { timeout: SEND_TIMEOUT_MS, maxWait: SEND_TIMEOUT_MS },
  );
  if (accepted) forget(accepted);
  return outcome;
}

/** 30 s, 1 min, 2 min, ... capped at one hour. */
export function backoffMs(attempts: number): number {
  return Math.min(30_000 * 2 ** (attempts - 1), 3_600_000);
}
