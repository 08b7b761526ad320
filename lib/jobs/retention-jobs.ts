// The retention purge as a job (lib/retention/purge.ts; GDPR.md G1): hourly, and on request (staff's
// "Run purge now", a released legal hold). One run at a time (the queue is "stately"); a run is idempotent.
import { runRetentionPurge } from "../retention/purge.ts";
import { systemClock } from "../time/clock.ts";
import { getBoss, QUEUES } from "./boss.ts";

/** Asks for a purge run now. Never throws: the hourly schedule catches up. */
export async function requestRetentionPurge(): Promise<boolean> {
  try {
    const boss = await getBoss();
    return (await boss.send(QUEUES.retentionPurge.name, {})) !== null;
  } catch (error) {
    console.error("[jobs] could not request a retention purge; the schedule will run it", error);
    return false;
  }
}

export async function registerRetentionWorker(): Promise<void> {
  const boss = await getBoss();
  await boss.schedule(QUEUES.retentionPurge.name, "17 * * * *", {});
  await boss.work(QUEUES.retentionPurge.name, { pollingIntervalSeconds: 2 }, async () => {
    const { buckets } = await runRetentionPurge(systemClock);
    const removed = buckets.reduce((n, b) => n + b.removed, 0);
    const held = buckets.reduce((n, b) => n + b.held, 0);
    if (removed + held > 0) console.log(`[jobs] retention purge: ${removed} removed, ${held} held`);
  });
}
