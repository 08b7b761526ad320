// Resolves the database to use: DATABASE_URL when set, otherwise an embedded PostgreSQL.
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { databaseEnv } from "../config/env.ts";
import { startEmbeddedPostgres, type RunningPostgres } from "./embedded-postgres.ts";

/**
 * The embedded cluster's data folder: git-ignored, and outside the folders the Next.js dev server watches
 * (a cluster inside the project tree makes every write look like a source change and reloads the page).
 */
export function localDataDir(): string {
  return path.resolve(databaseEnv().EMBEDDED_POSTGRES_DIR);
}

/** The configured database, or the project's persistent embedded one (localDataDir()). */
export async function resolveDatabase(options: {
  own: boolean;
  log?: (line: string) => void;
}): Promise<RunningPostgres> {
  const settings = databaseEnv();
  if (settings.DATABASE_URL) return { url: settings.DATABASE_URL, stop: async () => {} };
  return startEmbeddedPostgres({
    dataDir: localDataDir(),
    port: settings.EMBEDDED_POSTGRES_PORT,
    persistent: true,
    adopt: options.own,
    log: options.log,
  });
}

/** A fresh, throw-away embedded PostgreSQL (tests, tooling); removed when stopped. */
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
