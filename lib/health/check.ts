// Health of the parts the app cannot work without: the database and the job queue.
import { db } from "../db/client.ts";

export type Health = { status: "ok" | "degraded"; db: "ok" | "error"; jobs: "ok" | "error"; checkedAt: string };

export async function checkHealth(): Promise<Health> {
  const [database, jobs] = await Promise.all([
    db.$queryRaw`SELECT 1`.then(() => "ok" as const, () => "error" as const),
    // The queue lives in the pgboss schema on the same database; it is healthy when installed.
    db.$queryRaw`SELECT version FROM pgboss.version`.then(() => "ok" as const, () => "error" as const),
  ]);
  return { status: database === "ok" && jobs === "ok" ? "ok" : "degraded", db: database, jobs, checkedAt: new Date().toISOString() };
}
