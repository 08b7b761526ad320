// Breach-notification deadline checks as a job: every minute, reminders before a deadline and
// escalation after it (lib/incidents/reminders.ts decides and claims each notification once).
import { runBreachDeadlineChecks } from "../incidents/reminders.ts";
import { systemClock } from "../time/clock.ts";
import { getBoss, QUEUES } from "./boss.ts";

export async function registerBreachDeadlineWorker(): Promise<void> {
  const boss = await getBoss();
  await boss.schedule(QUEUES.breachDeadlines.name, "* * * * *", {});
  await boss.work(QUEUES.breachDeadlines.name, { pollingIntervalSeconds: 10 }, async () => {
    const { reminded, escalated } = await runBreachDeadlineChecks(systemClock);
    if (reminded + escalated > 0)
      console.log(`[jobs] breach deadlines: ${reminded} reminded, ${escalated} escalated`);
  });
}
