// Customer webhook delivery and controller API upkeep as jobs. Delivery runs when requested after a
// commit that queued events (requestWebhookDelivery), at the time the next retry is due (each run
// schedules one for then), and every minute as a safety net; idempotency answers older than 24 hours are
// purged hourly.
import { purgeExpiredIdempotencyRecords } from "../api/idempotency.ts";
import { requestEmailDelivery } from "./email-jobs.ts";
import { systemClock } from "../time/clock.ts";
import { deliverDueWebhooks, nextDueAt } from "../webhooks/deliver.ts";
import { getBoss, QUEUES } from "./boss.ts";

/** Call after committing a transaction that queued webhook events. Never throws: the schedule catches up. */
export async function requestWebhookDelivery(startAfterSeconds = 0): Promise<void> {
  try {
    const boss = await getBoss();
    await boss.send(
      QUEUES.webhookDelivery.name,
      {},
      startAfterSeconds > 0
        ? { startAfter: startAfterSeconds, singletonKey: "retry", singletonSeconds: startAfterSeconds }
        : {},
    );
  } catch (error) {
    console.error("[jobs] could not request webhook delivery; the schedule will retry", error);
  }
}

async function deliverWebhooks(): Promise<void> {
  const { delivered, failed } = await deliverDueWebhooks();
  // A disabled endpoint emails its organisation's admins through the outbox.
  if (failed > 0) await requestEmailDelivery();
  if (delivered + failed > 0)
    console.log(`[jobs] webhooks: ${delivered} delivered, ${failed} failed attempts`);
  const next = await nextDueAt();
  if (next) {
    const seconds = Math.ceil((next.getTime() - systemClock.now().getTime()) / 1000);
    // Within the minute the schedule would wait: run again exactly then.
    if (seconds < 60) await requestWebhookDelivery(Math.max(1, seconds));
  }
}

export async function registerWebhookWorkers(): Promise<void> {
  const boss = await getBoss();
  await boss.schedule(QUEUES.webhookDelivery.name, "* * * * *", {});
  await boss.work(QUEUES.webhookDelivery.name, { pollingIntervalSeconds: 2 }, deliverWebhooks);
  await boss.schedule(QUEUES.apiMaintenance.name, "17 * * * *", {});
  await boss.work(QUEUES.apiMaintenance.name, async () => {
    const purged = await purgeExpiredIdempotencyRecords(systemClock);
    if (purged > 0) console.log(`[jobs] api: ${purged} idempotency answers purged`);
  });
  // Whatever a previous (possibly killed) worker left behind goes out now, not at the next tick.
  await deliverWebhooks();
}
