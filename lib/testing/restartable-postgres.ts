// Tests: a throw-away PostgreSQL cluster of its own that a test can restart (fast shutdown, which ends
// every connection and rolls back every open transaction, then a start on the same data and port), as a
// crashed or restarted database server would behave for the application. Removed when stopped.
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort, startEmbeddedPostgres, type RunningPostgres } from "../db/embedded-postgres.ts";

export type RestartablePostgres = {
  /** The cluster superuser's URL (stays valid across restarts: same port). */
  url: string;
  /** Stops the server, keeps it down for `downMs`, starts it again. */
  restart(options?: { downMs?: number }): Promise<void>;
  stop(): Promise<void>;
};

export async function startRestartablePostgres(): Promise<RestartablePostgres> {
  const parent = mkdtempSync(path.join(os.tmpdir(), "article28-pg-restart-"));
  chmodSync(parent, 0o755); // as root, Postgres runs as user postgres and must reach the folder
  const dataDir = path.join(parent, "data");
  const port = await freePort();
  // persistent: the data stays when the server stops, so it can start again.
  const start = () => startEmbeddedPostgres({ dataDir, port, persistent: true });
  let running: RunningPostgres | null = await start();
  return {
    url: running.url,
    async restart({ downMs = 0 } = {}) {
      await running?.stop();
      running = null;
      await new Promise((resolve) => setTimeout(resolve, downMs));
      running = await start();
    },
    async stop() {
      await running?.stop();
      running = null;
      rmSync(parent, { recursive: true, force: true });
    },
  };
}
