// Resolves the database to use: DATABASE_URL when set, otherwise an embedded PostgreSQL; and who connects
// (ADR 0025): the application as a restricted role, migrations as the owner.
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { databaseEnv } from "../config/env.ts";
import { localAppUrl } from "./app-role.ts";
import { startEmbeddedPostgres, type RunningPostgres } from "./embedded-postgres.ts";

/**
 * A database and its two connections: `url` the application's (a restricted role), `ownerUrl` the
 * owner's (migrations, the application role's grants). One-URL setups have `url === ownerUrl`: no least
 * privilege.
 */
export type ResolvedDatabase = { url: string; ownerUrl: string; stop: () => Promise<void> };

/**
 * The embedded cluster's data folder: git-ignored, and outside the folders the Next.js dev server watches
 * (a cluster inside the project tree makes every write look like a source change and reloads the page).
 */
export function localDataDir(): string {
  return path.resolve(databaseEnv().EMBEDDED_POSTGRES_DIR);
}

/**
 * The configured database (DATABASE_URL for the application, DATABASE_OWNER_URL for migrations, or
 * DATABASE_URL alone for both), or the project's persistent embedded one (localDataDir()), whose
 * superuser migrates and whose application connects as the local application role.
 */
export async function resolveDatabase(options: {
  own: boolean;
  log?: (line: string) => void;
}): Promise<ResolvedDatabase> {
  const settings = databaseEnv();
  if (settings.DATABASE_URL)
    return {
      url: settings.DATABASE_URL,
      ownerUrl: settings.DATABASE_OWNER_URL ?? settings.DATABASE_URL,
      stop: async () => {},
    };
  const running = await startEmbeddedPostgres({
    dataDir: localDataDir(),
    port: settings.EMBEDDED_POSTGRES_PORT,
    persistent: true,
    adopt: options.own,
    log: options.log,
  });
  return { url: localAppUrl(running.url), ownerUrl: running.url, stop: running.stop };
}

/** A fresh, throw-away embedded PostgreSQL (tests, tooling); removed when stopped. `url` is its superuser's. */
export async function startThrowawayDatabase(): Promise<RunningPostgres> {
  const parent = mkdtempSync(path.join(os.tmpdir(), "article28-pg-"));
  chmodSync(parent, 0o755); // as root, Postgres runs as user postgres and must reach the folder
  const running = await startEmbeddedPostgres({ dataDir: path.join(parent, "data"), persistent: false });
  return {
    url: running.url,
    stop: async () => {
      await running.stop();
      rmSync(parent, { recursive: true, force: true });
    },
  };
}
