// Audit log upkeep as jobs (SECURITY.md S18, S24, ADR 0012): every minute the refusal windows that are
// over get their summary events; every five minutes each chain is verified from its checkpoint (in full
// once a day), so the staff audit page can show a current verification without computing one.
import { verifyChainsInBackground } from "../audit/checkpoint.ts";
import { summariseFinishedWindows } from "../audit/refusals.ts";
import { systemClock } from "../time/clock.ts";
import { getBoss, QUEUES } from "./boss.ts";

export async function registerAuditWorkers(): Promise<void> {
  const boss = await getBoss();
  await boss.schedule(QUEUES.refusalSummaries.name, "* * * * *", {});
  await boss.work(QUEUES.refusalSummaries.name, { pollingIntervalSeconds: 10 }, async () => {
    const { summaries } = await summariseFinishedWindows(systemClock);
    if (summaries > 0) console.log(`[jobs] audit: ${summaries} refusal summaries written`);
  });
  await boss.schedule(QUEUES.auditVerification.name, "*/5 * * * *", {});
  await boss.work(QUEUES.auditVerification.name, { pollingIntervalSeconds: 30 }, async () => {
    for (const broken of await verifyChainsInBackground(systemClock)) {
      if (!broken.ok)
        console.error(
          `[jobs] audit chain ${broken.chain} does not verify at #${broken.brokenSeq}: ${broken.reason}`,
        );
    }
  });
}
