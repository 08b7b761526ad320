// Email delivery as a job: requested after every commit that writes to the outbox, and every minute
// as a safety net (a request lost to a crash between commit and send is picked up by the schedule).
import { deliverPendingEmails } from "../mail/deliver.ts";
import { configuredTransport } from "../mail/transport.ts";
import { getBoss, QUEUES } from "./boss.ts";

/** Call after committing a transaction that enqueued email. Never throws: the schedule catches up. */
export async function requestEmailDelivery(): Promise<void> {
  try {
    const boss = await getBoss();
    await boss.send(QUEUES.outboxDrain.name, {});
  } catch (error) {
    console.error("[jobs] could not request email delivery; the schedule will retry", error);
  }
}

export async function registerEmailWorker(): Promise<void> {
  const boss = await getBoss();
  await boss.schedule(QUEUES.outboxDrain.name, "* * * * *", {});
  await boss.work(QUEUES.outboxDrain.name, { pollingIntervalSeconds: 2 }, drainOutbox);
  // Whatever a previous (possibly killed) worker left behind goes out now, not at the next tick: as a
  // job, so a drain that fails (the database restarting under it) is retried by the queue instead of
  // ending the worker process.
  await requestEmailDelivery();
}

/** A drain outlives a short database outage (a restart): it starts over every few seconds for a minute. */
const DRAIN_RETRY_MS = 2_000;
const DRAIN_ATTEMPTS = 30;

async function drainOutbox(): Promise<void> {
  const transport = configuredTransport();
  if (!transport) return;
  for (let attempt = 1; ; attempt++) {
    try {
      await deliverPendingEmails(transport);
      return;
    } catch (error) {
      // After a minute the job fails and the queue retries it later (QUEUES.outboxDrain).
      if (attempt >= DRAIN_ATTEMPTS) throw error;
      console.error(`[jobs] email delivery interrupted (${(error as Error).message}); trying again`);
      await new Promise((resolve) => setTimeout(resolve, DRAIN_RETRY_MS));
    }
  }
}
