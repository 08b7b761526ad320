// Resolves the database to use: DATABASE_URL when set, otherwise an embedded PostgreSQL.
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { startEmbeddedPostgres, type RunningPostgres } from "./embedded-postgres.ts";

/**
 * The embedded cluster's data folder: git-ignored, and outside the folders the Next.js dev server watches
 * (a cluster inside the project tree makes every write look like a source change and reloads the page).
 */
export const LOCAL_DATA_DIR = path.resolve(process.env.EMBEDDED_POSTGRES_DIR ?? "node_modules/.cache/article28/postgres");

/** The configured database, or the project's persistent embedded one (LOCAL_DATA_DIR). */
export async function resolveDatabase(options: { own: boolean; log?: (line: string) => void }): Promise<RunningPostgres> {
  const configured = process.env.DATABASE_URL;
  if (configured) return { url: configured, stop: async () => {} };
  const port = process.env.EMBEDDED_POSTGRES_PORT ? Number(process.env.EMBEDDED_POSTGRES_PORT) : 54329;
  return startEmbeddedPostgres({ dataDir: LOCAL_DATA_DIR, port, persistent: true, adopt: options.own, log: options.log });
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
