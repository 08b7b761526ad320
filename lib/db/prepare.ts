// Brings a database up to date as its owner: Prisma migrations, pg-boss's own schema and queues, then the
// application role's rights (ADR 0025) when the application connects as a role of its own.
import PgBoss from "pg-boss";
import { QUEUES } from "../jobs/boss.ts";
import { grantAppRole, roleOf } from "./app-role.ts";
import { applyMigrations } from "./migrations.ts";

export type PrepareOptions = {
  /** The application's connection; its role is given the application's rights. Omitted: one role for all. */
  appUrl?: string;
};

export async function prepareDatabase(
  url: string,
  log: (line: string) => void = console.log,
  options: PrepareOptions = {},
): Promise<void> {
  const applied = await applyMigrations(url);
  log(applied.length ? `Applied migrations: ${applied.join(", ")}` : "Database schema is up to date.");
  const boss = new PgBoss({
    connectionString: url,
    schema: "pgboss",
    max: 1,
    supervise: false,
    schedule: false,
  });
  boss.on("error", (error) => log(`[jobs] ${error.message}`));
  await boss.start(); // installs or upgrades the pgboss schema
  // A queue is a partition table: created here by the owner, so the application role needs no DDL.
  for (const queue of Object.values(QUEUES)) await boss.createQueue(queue.name, { ...queue });
  await boss.stop({ graceful: false, wait: true });
  if (options.appUrl && roleOf(options.appUrl) !== roleOf(url)) await grantAppRole(url, options.appUrl);
}
