// Delivers due webhook events (the outbox rows of ./queue-event.ts). Each delivery is sent while its
// row is locked (FOR UPDATE SKIP LOCKED) and its outcome written in the same transaction: a worker
// killed mid-send releases the lock with its connection and the delivery is tried again; two workers
// never send the same row at once (SECURITY.md S22). Every attempt carries the delivery's message id
// (`webhook-id`), a fresh timestamp and a signature over both and the unchanged body
// (lib/webhooks/standard-webhooks.ts), so a receiver can drop a repeat. A failure is retried on
// ./retry-schedule.ts; a delivery that spends every attempt while its endpoint had no success in between
// disables the endpoint (./disable-endpoint.ts).
import { db } from "../db/client.ts";
import { systemClock, type Clock } from "../time/clock.ts";
import { disableFailingEndpoint } from "./disable-endpoint.ts";
import { openEndpointSecret } from "./endpoint-secret.ts";
import { DELIVERY_TIMEOUT_MS, postWebhook } from "./http-post.ts";
import { outboundPolicy, type OutboundPolicy } from "./outbound-address.ts";
import { MAX_ATTEMPTS, retryDelayMs } from "./retry-schedule.ts";
import { signWebhook } from "./standard-webhooks.ts";

export const DEFAULT_CONCURRENCY = 8;

type Claimed = {
  id: string;
  messageId: string;
  body: string;
  attempts: number;
  endpointId: string;
  organizationId: string;
  url: string;
  secretSealed: string;
};

export type DeliveryOptions = {
  clock?: Clock;
  concurrency?: number;
  /** Stop after this many attempts (tests step through retries one at a time). */
  limit?: number;
  /** Only this organisation's deliveries (tests sharing a database deliver only their own). */
  organizationId?: string;
  policy?: OutboundPolicy;
};

export async function deliverDueWebhooks(
  options: DeliveryOptions = {},
): Promise<{ delivered: number; failed: number }> {
  const clock = options.clock ?? systemClock;
  const policy = options.policy ?? outboundPolicy();
  const limit = options.limit ?? Number.POSITIVE_INFINITY;
  const totals = { delivered: 0, failed: 0 };
  // The poll runs every few seconds: one cheap look before any lane opens a transaction.
  const due = await db.webhookDelivery.findFirst({
    where: {
      status: "PENDING",
      nextAttemptAt: { lte: clock.now() },
      ...(options.organizationId ? { organizationId: options.organizationId } : {}),
    },
    select: { id: true },
  });
  if (!due) return totals;
  const lane = async () => {
    while (totals.delivered + totals.failed < limit) {
      const outcome = await deliverOne(clock, policy, options.organizationId);
      if (outcome === "none") return;
      totals[outcome]++;
    }
  };
  await Promise.all(Array.from({ length: options.concurrency ?? DEFAULT_CONCURRENCY }, lane));
  return totals;
}

async function deliverOne(
  clock: Clock,
  policy: OutboundPolicy,
  organizationId: string | undefined,
): Promise<"delivered" | "failed" | "none"> {
  return db.$transaction(
    async (tx) => {
      const [row] = await tx.$queryRaw<Claimed[]>`
        SELECT d.id, d."messageId", d.body, d.attempts, d."endpointId", d."organizationId", e.url, e."secretSealed"
        FROM "WebhookDelivery" d JOIN "WebhookEndpoint" e ON e.id = d."endpointId"
        WHERE d.status = 'PENDING' AND d."nextAttemptAt" <= ${clock.now()} AND e."disabledAt" IS NULL
          AND (${organizationId ?? null}::text IS NULL OR d."organizationId" = ${organizationId ?? null})
        ORDER BY d."nextAttemptAt", d."createdAt" LIMIT 1 FOR UPDATE OF d SKIP LOCKED`;
      if (!row) return "none";
      const attempts = row.attempts + 1;
      const now = clock.now();
      const headers = signWebhook(openEndpointSecret(row.endpointId, row.secretSealed), {
        id: row.messageId,
        body: row.body,
        now,
      });
      const outcome = await postWebhook(row.url, row.body, headers, policy);
      if (outcome.ok) {
        await tx.webhookDelivery.update({
          where: { id: row.id },
          data: {
            status: "DELIVERED",
            attempts,
            lastAttemptAt: now,
            lastStatusCode: outcome.statusCode,
            lastError: null,
            deliveredAt: clock.now(),
          },
        });
        await tx.webhookEndpoint.update({ where: { id: row.endpointId }, data: { consecutiveFailures: 0 } });
        return "delivered";
      }
      const delay = retryDelayMs(attempts);
      await tx.webhookDelivery.update({
        where: { id: row.id },
        data: {
          status: delay === null ? "FAILED" : "PENDING",
          attempts,
          lastAttemptAt: now,
          lastStatusCode: outcome.statusCode,
          lastError: outcome.error.slice(0, 500),
          nextAttemptAt: new Date(now.getTime() + (delay ?? 0)),
        },
      });
      const endpoint = await tx.webhookEndpoint.update({
        where: { id: row.endpointId },
        data: { consecutiveFailures: { increment: 1 } },
        select: { consecutiveFailures: true },
      });
      if (delay === null && endpoint.consecutiveFailures >= MAX_ATTEMPTS)
        await disableFailingEndpoint(
          tx,
          { id: row.endpointId, organizationId: row.organizationId, url: row.url },
          endpoint.consecutiveFailures,
          clock,
        );
      return "failed";
    },
    { timeout: DELIVERY_TIMEOUT_MS * 3, maxWait: DELIVERY_TIMEOUT_MS * 3 },
  );
}
