// Organisation exports as jobs: one job per export, asked for when an owner or admin starts one, and a
// sweep every minute that runs exports nobody is running (a request lost to a crash, a worker killed
// mid-run: its heartbeat goes stale) and deletes the files of expired exports.
import { purgeExpiredExports, exportsToRun } from "../org-export/purge-exports.ts";
import { runOrganizationExport, STALE_AFTER_MS } from "../org-export/run-export.ts";
import { systemClock } from "../time/clock.ts";
import { getBoss, QUEUES } from "./boss.ts";

type ExportJob = { exportId: string };

/** Asks a worker to build the export. Never throws: the sweep catches up. */
export async function requestOrganizationExport(exportId: string): Promise<void> {
  try {
    const boss = await getBoss();
    await boss.send(QUEUES.orgExport.name, { exportId } satisfies ExportJob);
  } catch (error) {
    console.error("[jobs] could not request an organisation export; the sweep will run it", error);
  }
}

async function sweep(): Promise<void> {
  const { purged } = await purgeExpiredExports(systemClock);
  if (purged > 0) console.log(`[jobs] org exports: ${purged} expired files deleted`);
  for (const exportId of await exportsToRun(systemClock, STALE_AFTER_MS))
    await requestOrganizationExport(exportId);
}

export async function registerOrganizationExportWorkers(): Promise<void> {
  const boss = await getBoss();
  await boss.work<ExportJob>(QUEUES.orgExport.name, { pollingIntervalSeconds: 2 }, async (jobs) => {
    for (const job of jobs) {
      const outcome = await runOrganizationExport(job.data.exportId, systemClock);
      console.log(`[jobs] org export ${job.data.exportId}: ${outcome}`);
    }
  });
  await boss.schedule(QUEUES.orgExportSweep.name, "* * * * *", {});
  await boss.work(QUEUES.orgExportSweep.name, sweep);
}
