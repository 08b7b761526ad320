// Customer webhook delivery and controller API upkeep. Every worker process polls the webhook outbox every
// few seconds (one indexed query; deliveries are locked while sent, so any number of workers may poll),
// so whoever queues an event (lib/webhooks/queue-event.ts) need not request anything after its commit;
// a job every minute is the safety net, and requestWebhookDelivery() sends at once (the test button).
// Idempotency answers older than 24 hours are purged hourly.
import { purgeExpiredIdempotencyRecords } from "../api/idempotency.ts";
import { systemClock } from "../time/clock.ts";
import { deliverDueWebhooks } from "../webhooks/deliver.ts";
import { getBoss, QUEUES } from "./boss.ts";
import { requestEmailDelivery } from "./email-jobs.ts";

export const WEBHOOK_POLL_MS = 5_000;

/** Asks a worker to send due deliveries now. Never throws: the poll catches up. */
export async function requestWebhookDelivery(): Promise<void> {
  try {
    const boss = await getBoss();
    await boss.send(QUEUES.webhookDelivery.name, {});
  } catch (error) {
    console.error("[jobs] could not request webhook delivery; the poll will send it", error);
  }
}

let running: Promise<void> | null = null;

/** One pass over the due deliveries; overlapping calls in a process share the pass. */
function deliverWebhooks(): Promise<void> {
  running ??= (async () => {
    try {
      const { delivered, failed } = await deliverDueWebhooks();
      // A disabled endpoint emails its organisation's admins through the outbox.
      if (failed > 0) await requestEmailDelivery();
      if (delivered + failed > 0)
        console.log(`[jobs] webhooks: ${delivered} delivered, ${failed} failed attempts`);
    } catch (error) {
      console.error("[jobs] webhook delivery pass failed; the next poll retries", error);
    } finally {
      running = null;
    }
  })();
  return running;
}

export async function registerWebhookWorkers(): Promise<void> {
  const boss = await getBoss();
  await boss.schedule(QUEUES.webhookDelivery.name, "* * * * *", {});
  await boss.work(QUEUES.webhookDelivery.name, { pollingIntervalSeconds: 2 }, deliverWebhooks);
  setInterval(() => void deliverWebhooks(), WEBHOOK_POLL_MS).unref();
  await boss.schedule(QUEUES.apiMaintenance.name, "17 * * * *", {});
  await boss.work(QUEUES.apiMaintenance.name, async () => {
    const purged = await purgeExpiredIdempotencyRecords(systemClock);
    if (purged > 0) console.log(`[jobs] api: ${purged} idempotency answers purged`);
  });
  // Whatever a previous (possibly killed) worker left behind goes out now.
  await deliverWebhooks();
}
