// Deemed acceptance of subprocessor notices as a job (lib/subprocessor-notices/deemed-acceptance.ts, GDPR.md
// C2): every five minutes, and on request (staff's "Check closed windows now"). A run is idempotent.
import { recordDeemedAcceptances } from "../subprocessor-notices/deemed-acceptance.ts";
import { systemClock } from "../time/clock.ts";
import { getBoss, QUEUES } from "./boss.ts";

/** Asks for a run now. Never throws: the schedule catches up. */
export async function requestSubprocessorWindowRun(): Promise<boolean> {
  try {
    const boss = await getBoss();
    return (await boss.send(QUEUES.subprocessorWindows.name, {})) !== null;
  } catch (error) {
    console.error("[jobs] could not request a subprocessor window run; the schedule will run it", error);
    return false;
  }
}

export async function registerSubprocessorWindowWorker(): Promise<void> {
  const boss = await getBoss();
  await boss.schedule(QUEUES.subprocessorWindows.name, "*/5 * * * *", {});
  await boss.work(QUEUES.subprocessorWindows.name, { pollingIntervalSeconds: 2 }, async () => {
    const { deemed } = await recordDeemedAcceptances(systemClock);
    if (deemed > 0) console.log(`[jobs] subprocessor notices: ${deemed} deemed accepted`);
  });
}
