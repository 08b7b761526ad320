// Health of the parts the app cannot work without: the database and the job queue.
import { db } from "../db/client.ts";
import { QUEUES } from "../jobs/boss.ts";

export type Health = {
  status: "ok" | "degraded";
  db: "ok" | "error";
  /** "stalled": jobs have waited past STALL_MINUTES, so no worker is taking them. */
  jobs: "ok" | "stalled" | "error";
  checkedAt: string;
};

export const STALL_MINUTES = 5;

export async function checkHealth(): Promise<Health> {
  const [database, jobs] = await Promise.all([
    db.$queryRaw`SELECT 1`.then(
      () => "ok" as const,
      () => "error" as const,
    ),
    // The queue lives in the pgboss schema of the same database.
    db.$queryRaw<{ waiting: number }[]>`
      SELECT count(*)::int AS waiting FROM pgboss.job
      WHERE name = ${QUEUES.outboxDrain.name} AND state = 'created'
        AND start_after < now() - make_interval(mins => ${STALL_MINUTES})`.then(
      (rows) => ((rows[0]?.waiting ?? 0) > 0 ? ("stalled" as const) : ("ok" as const)),
      () => "error" as const,
    ),
  ]);
  return {
    status: database === "ok" && jobs === "ok" ? "ok" : "degraded",
    db: database,
    jobs,
    checkedAt: new Date().toISOString(),
  };
}
