// The deletion of closed accounts as a job (lib/account-closure/run-closures.ts; D4, ADR 0024): every five
// minutes, and on request (staff's "Run due deletions now", a released legal hold). One run at a time (the
// queue is "stately"); a run is idempotent.
import { runDueClosures } from "../account-closure/run-closures.ts";
import { systemClock } from "../time/clock.ts";
import { getBoss, QUEUES } from "./boss.ts";

/** Asks for a run now. Never throws: the schedule catches up. */
export async function requestClosureRun(): Promise<boolean> {
  try {
    const boss = await getBoss();
    return (await boss.send(QUEUES.accountClosure.name, {})) !== null;
  } catch (error) {
    console.error("[jobs] could not request an account-closure run; the schedule will run it", error);
    return false;
  }
}

export async function registerAccountClosureWorker(): Promise<void> {
  const boss = await getBoss();
  await boss.schedule(QUEUES.accountClosure.name, "*/5 * * * *", {});
  await boss.work(QUEUES.accountClosure.name, { pollingIntervalSeconds: 2 }, async () => {
    const steps = await runDueClosures(systemClock);
    for (const { id, step } of steps)
      if (step !== "waiting") console.log(`[jobs] account closure ${id}: ${step}`);
  });
}
