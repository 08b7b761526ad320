// Reminders to accept the current DPA version as a job: hourly at minute 17 (lib/dpa/reminders.ts decides
// and claims each notice once, so a repeated or overlapping run sends nothing twice).
import { runDpaReminders } from "../dpa/reminders.ts";
import { systemClock } from "../time/clock.ts";
import { getBoss, QUEUES } from "./boss.ts";

export async function registerDpaReminderWorker(): Promise<void> {
  const boss = await getBoss();
  await boss.schedule(QUEUES.dpaReminders.name, "17 * * * *", {});
  await boss.work(QUEUES.dpaReminders.name, { pollingIntervalSeconds: 30 }, async () => {
    const { reminded } = await runDpaReminders(systemClock);
    if (reminded > 0) console.log(`[jobs] DPA reminders: ${reminded} organisations reminded`);
  });
}
