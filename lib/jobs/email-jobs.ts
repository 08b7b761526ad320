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
  // Whatever a previous (possibly killed) worker left behind goes out now, not at the next tick.
  await drainOutbox();
}

async function drainOutbox(): Promise<void> {
  const transport = configuredTransport();
  if (transport) await deliverPendingEmails(transport);
}
