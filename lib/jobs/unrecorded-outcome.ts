// pg-boss 10 records a job's outcome without awaiting it (src/manager.js, onFetch: `this.complete(...)` /
// `this.fail(...)`; upstream issue timgit/pg-boss#577, fixed only in releases that need Node 22). When the
// database restarts while a job runs, that write fails and its rejection is unhandled, which ends the
// Node process: one PostgreSQL restart killed every worker (lib/jobs/faults/postgres-restart test). Such
// a job is not lost: it stays active until it expires and is then retried, as after a killed worker.
// So exactly that rejection is logged; every other unhandled rejection still ends the process.

const PG_BOSS_OUTCOME = /\bat (?:async )?Manager\.(?:complete|fail) \([^)]*[\\/]pg-boss[\\/]/;

/** Whether `reason` is pg-boss failing to record a job's outcome (see above). */
export function isUnrecordedJobOutcome(reason: unknown): boolean {
  return reason instanceof Error && PG_BOSS_OUTCOME.test(reason.stack ?? "");
}

const globalForHandler = globalThis as unknown as { article28OutcomeHandler?: boolean };

/** Once per process, before pg-boss starts. */
export function tolerateUnrecordedJobOutcomes(): void {
  if (globalForHandler.article28OutcomeHandler) return;
  globalForHandler.article28OutcomeHandler = true;
  process.on("unhandledRejection", (reason) => {
    if (!isUnrecordedJobOutcome(reason)) throw reason; // as without this handler: the process ends
    console.error(
      `[jobs] a job's outcome could not be recorded (${(reason as Error).message}); it is retried once it expires`,
    );
  });
}
