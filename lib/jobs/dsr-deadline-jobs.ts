// Data-subject request deadline checks as a job: every minute, reminders before the processor's due date
// and escalation after it (lib/dsr/reminders.ts decides and claims each request once).
import { runDsrDeadlineChecks } from "../dsr/reminders.ts";
import { systemClock } from "../time/clock.ts";
import { getBoss, QUEUES } from "./boss.ts";

export async function registerDsrDeadlineWorker(): Promise<void> {
  const boss = await getBoss();
  await boss.schedule(QUEUES.dsrDeadlines.name, "* * * * *", {});
  await boss.work(QUEUES.dsrDeadlines.name, { pollingIntervalSeconds: 10 }, async () => {
    const { reminded, escalated } = await runDsrDeadlineChecks(systemClock);
    if (reminded + escalated > 0)
      console.log(`[jobs] DSR deadlines: ${reminded} reminded, ${escalated} escalated`);
  });
}
