// Brings a database up to date: Prisma migrations, then pg-boss's own schema.
import PgBoss from "pg-boss";
import { applyMigrations } from "./migrations.ts";

export async function prepareDatabase(url: string, log: (line: string) => void = console.log): Promise<void> {
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
  await boss.stop({ graceful: false, wait: true });
}
