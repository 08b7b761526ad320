// Writes prisma/migrations/<timestamp>_<name>/migration.sql from the difference between the schema
// the last migration was made from (schema.snapshot.prisma) and prisma/schema.prisma.
// Usage: npm run db:migrate:create -- <name> [--sql extra.sql]
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { startThrowawayDatabase } from "../lib/db/database-url.ts";
import { diffMigrationsToSchema, MIGRATIONS_DIR, SCHEMA_PATH, SNAPSHOT_PATH } from "../lib/db/migrations.ts";

const args = process.argv.slice(2);
const name = args.find((a) => !a.startsWith("--"));
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("Usage: npm run db:migrate:create -- <name_in_snake_case> [--sql file-with-extra-sql]");
  process.exit(1);
}
const extraIndex = args.indexOf("--sql");
const extra = extraIndex >= 0 ? readFileSync(args[extraIndex + 1] ?? "", "utf8") : "";

// The engine wants a live connection even for a schema-to-schema diff; a throw-away cluster will do.
const db = process.env.DATABASE_URL ? null : await startThrowawayDatabase();
const sql = (await diffMigrationsToSchema(db?.url ?? process.env.DATABASE_URL!)).trim();
await db?.stop();
if (!sql && !extra) {
  console.log("The schema has not changed since the last migration; nothing written.");
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/[-:T]/g, "").slice(0, 14);
const dir = path.join(MIGRATIONS_DIR, `${stamp}_${name}`);
mkdirSync(dir, { recursive: true });
writeFileSync(path.join(dir, "migration.sql"), [sql, extra.trim()].filter(Boolean).join("\n\n") + "\n");
const lock = path.join(MIGRATIONS_DIR, "migration_lock.toml");
if (!existsSync(lock)) writeFileSync(lock, 'provider = "postgresql"\n');
copyFileSync(SCHEMA_PATH, SNAPSHOT_PATH);
console.log(`Wrote ${path.relative(process.cwd(), dir)}/migration.sql`);
