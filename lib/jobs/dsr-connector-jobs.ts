// DSR connector jobs (lib/dsr/connectors): the dispatcher (on request, every minute, and polled every two
// seconds by each worker, so a new task is on its way within seconds), the deliveries (several lanes, each
// taking a batch of jobs and failing the failed ones one by one, so pg-boss retries only those), the
// dead-letter queue (a task whose every retry failed is FAILED), and the purge of expired packages.
import type PgBoss from "pg-boss";
import { SYSTEM_ACTOR } from "../audit/record.ts";
import { endTaskWithoutResult } from "../dsr/connectors/apply-result.ts";
import { deliverTask, DeliveryAttemptFailed } from "../dsr/connectors/deliver.ts";
import { dispatchTasks, type DeliveryJob } from "../dsr/connectors/dispatch.ts";
import { purgeDirectContent } from "../dsr/direct/purge.ts";
import { purgeExpiredPackages } from "../dsr/results/purge.ts";
import { systemClock } from "../time/clock.ts";
import { getBoss, QUEUES } from "./boss.ts";

// A lane fetches a batch, delivers it in parallel, then polls again (at most every half second): up to
// 4 × 25 deliveries in flight per worker.
const DELIVERY_LANES = 4;
const DELIVERY_BATCH = 25;
const POLL_MS = 2_000;

/** Call after committing a transaction that created DSR tasks. Never throws: the schedule catches up. */
export async function requestDsrDispatch(): Promise<void> {
  try {
    const boss = await getBoss();
    await boss.send(QUEUES.dsrDispatch.name, {});
  } catch (error) {
    console.error("[jobs] could not request DSR dispatch; the schedule will retry", error);
  }
}

async function deliverJobs(boss: PgBoss, jobs: PgBoss.JobWithMetadata<DeliveryJob>[]): Promise<void> {
  await Promise.all(
    jobs.map(async (job) => {
      try {
        await deliverTask(
          job.data.taskId,
          { retryCount: job.retryCount, retryLimit: job.retryLimit },
          { clock: systemClock },
        );
      } catch (error) {
        if (!(error instanceof DeliveryAttemptFailed)) console.error("[jobs] DSR delivery", error);
        const message = error instanceof Error ? error.message : "delivery failed";
        await failJob(boss, job.id, message);
      }
    }),
  );
}

const FAIL_ATTEMPTS = 15;
const FAIL_RETRY_MS = 1_000;

/**
 * Hands a failed delivery back to the queue (retried after its delay). A failure that came from the
 * database going away (a restart) usually meets it still away: try again for a while rather than leave
 * the job active until it expires (30 s, then the next maintenance run).
 */
async function failJob(boss: PgBoss, jobId: string, message: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await boss.fail(QUEUES.dsrTaskDelivery.name, jobId, { message });
      return;
    } catch (error) {
      if (attempt >= FAIL_ATTEMPTS) throw error;
      await new Promise((resolve) => setTimeout(resolve, FAIL_RETRY_MS));
    }
  }
}

export async function registerDsrConnectorWorkers(): Promise<void> {
  const boss = await getBoss();
  const dispatch = async () => {
    const { queued } = await dispatchTasks(systemClock);
    if (queued > 0) console.log(`[jobs] DSR tasks queued: ${queued}`);
  };
  await boss.schedule(QUEUES.dsrDispatch.name, "* * * * *", {});
  await boss.work(QUEUES.dsrDispatch.name, { pollingIntervalSeconds: 2 }, dispatch);
  for (let lane = 0; lane < DELIVERY_LANES; lane++) {
    await boss.work<DeliveryJob>(
      QUEUES.dsrTaskDelivery.name,
      { batchSize: DELIVERY_BATCH, pollingIntervalSeconds: 0.5, includeMetadata: true },
      (jobs) => deliverJobs(boss, jobs),
    );
  }
  await boss.work<DeliveryJob>(QUEUES.dsrTaskDead.name, { pollingIntervalSeconds: 5 }, async ([job]) => {
    if (!job) return;
    await endTaskWithoutResult(
      job.data.taskId,
      { status: "FAILED", reason: "every retry was spent" },
      { clock: systemClock, actor: SYSTEM_ACTOR, via: "retries_spent" },
    );
  });
  await boss.schedule(QUEUES.dsrPackagePurge.name, "*/10 * * * *", {});
  await boss.work(QUEUES.dsrPackagePurge.name, { pollingIntervalSeconds: 30 }, async () => {
    const { purged } = await purgeExpiredPackages(systemClock);
    if (purged > 0) console.log(`[jobs] DSR packages purged: ${purged}`);
    const direct = await purgeDirectContent(systemClock);
    if (direct.purged > 0) console.log(`[jobs] messages from data subjects purged: ${direct.purged}`);
  });
  const poll = setInterval(
    () => void dispatch().catch((e) => console.error("[jobs] DSR dispatch", e)),
    POLL_MS,
  );
  poll.unref();
  // At once rather than at the first tick; a failure (the database restarting) is the poll's to retry,
  // never the end of the worker process.
  void dispatch().catch((e) => console.error("[jobs] DSR dispatch", e));
}
