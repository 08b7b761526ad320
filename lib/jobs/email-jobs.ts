// Email delivery as a job: requested after every commit that writes to the outbox, and every minute
// as a safety net (a request lost to a crash between commit and send is picked up by the schedule).
import { deliverPendingEmails } from "../mail/deliver.ts";
import { configuredTransport } from "../mail/transport.ts";
import { getBoss, QUEUES } from "./boss.ts";

/** Call after committing a transaction that enqueued email. Never throws: the schedule catches up. */
export async function requestEmailDelivery(): Promise<void> {
  try {
    const boss = await getBoss();
    await boss.send(QUEUES.emailDeliver.name, {});
  } catch (error) {
    console.error("[jobs] could not request email delivery; the schedule will retry", error);
  }
}

export async function registerEmailWorker(): Promise<void> {
  const boss = await getBoss();
  await boss.schedule(QUEUES.emailDeliver.name, "* * * * *", {});
  await boss.work(QUEUES.emailDeliver.name, { pollingIntervalSeconds: 2 }, async () => {
    const transport = configuredTransport();
    if (transport) await deliverPendingEmails(transport);
  });
  // Whatever a previous (possibly killed) worker left behind goes out now, not at the next tick.
  await boss.send(QUEUES.emailDeliver.name, {});
}
