// The product's entry point: resolves the database (DATABASE_URL, or an embedded PostgreSQL; see lib/db/database-url.ts),
// migrates it, and then runs one of:
//   dev     seed demo data, start the job worker and the reference connector, serve Next.js in development mode
//   start   production: refuse weak configuration, start the job worker, serve the built app
//   worker  only the job worker (scale-out)
//   migrate | seed | audit-verify
//   backup [folder] | restore <file>   (ADR 0034; these leave the database's schema alone: a restore needs
//                                       an empty database and migrates it itself)
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { createServer } from "node:http";
import next from "next";
import { EnvError, parseEnv } from "../lib/config/env.ts";
import { signsInRestricted } from "../lib/db/app-role.ts";
import { resolveDatabase } from "../lib/db/database-url.ts";
import { prepareDatabase } from "../lib/db/prepare.ts";
import { clientAddressHeaders } from "./client-address.ts";
import { varyNegotiatedResponses } from "./negotiated-vary.ts";
import { refuseClientError, refuseTunnel, refuseUnsupportedMethod } from "./unsupported-method.ts";
import { followPublicContent } from "../lib/public-snapshot/follow.ts";
import { servePublicSnapshot } from "../lib/public-snapshot/serve.ts";
import { clearPublicSnapshot, INTERNAL_HEADER, internalToken } from "../lib/public-snapshot/store.ts";

const mode = process.argv[2] ?? "dev";
const modes = ["dev", "start", "worker", "migrate", "seed", "audit-verify", "backup", "restore"];
if (!modes.includes(mode)) {
  console.error(`Unknown mode "${mode}". Use one of: ${modes.join(", ")}`);
  process.exit(2);
}
const processEnv = process.env as Record<string, string | undefined>;
if (mode === "dev") processEnv.NODE_ENV ??= "development";
if (mode === "start") processEnv.NODE_ENV = "production";

process.env.NEXTAUTH_URL ??= process.env.APP_URL ?? "http://localhost:3000";
process.env.NEXT_TELEMETRY_DISABLED ??= "1";

// Configuration is checked before anything starts; the embedded database's URL is not known yet.
let config;
try {
  config = parseEnv({
    ...process.env,
    DATABASE_URL: process.env.DATABASE_URL ?? "postgresql://embedded.invalid/article28",
  });
} catch (error) {
  if (!(error instanceof EnvError)) throw error;
  console.error(error.message);
  process.exit(1);
}

const serving = mode === "dev" || mode === "start";
const database = await resolveDatabase({
  own: serving,
  log: process.env.DEBUG_POSTGRES ? console.log : undefined,
});
process.env.DATABASE_URL = database.url;
// The owner's connection migrates and seeds; the app (this process serves Next.js) never sees it (ADR 0025).
const ownerUrl = database.ownerUrl;
delete process.env.DATABASE_OWNER_URL;
const asOwner = { ...process.env, DATABASE_URL: ownerUrl };

const children = new Set<ChildProcess>();
let stopping = false;

async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  for (const child of children) child.kill("SIGTERM");
  await Promise.all(
    [...children].map((c) => new Promise((r) => (c.exitCode !== null ? r(null) : c.once("exit", r)))),
  );
  await database.stop();
  process.exit(code);
}
process.on("SIGINT", () => void shutdown(0));
process.on("SIGTERM", () => void shutdown(0));

/** Scripts that import server-only domain code run in their own Node with the react-server condition. */
function runScript(
  file: string,
  args: string[] = [],
  keepAlive = false,
  env: NodeJS.ProcessEnv = process.env,
): Promise<number> {
  const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", file, ...args], {
    stdio: "inherit",
    env,
  });
  children.add(child);
  return new Promise((resolve) =>
    child.once("exit", (code) => {
      children.delete(child);
      if (keepAlive && !stopping) {
        console.error(`${file} exited with ${code}; stopping.`);
        void shutdown(1);
      }
      resolve(code ?? 1);
    }),
  );
}

if (mode === "backup")
  await shutdown(await runScript("scripts/backup.ts", process.argv.slice(3), false, asOwner));
if (mode === "restore")
  await shutdown(
    await runScript("scripts/restore.ts", process.argv.slice(3), false, {
      ...process.env,
      DATABASE_OWNER_URL: ownerUrl,
    }),
  );

const oneUrl = ownerUrl === database.url;
if (oneUrl && (await signsInRestricted(database.url))) {
  console.log(
    "DATABASE_URL is the restricted application role and DATABASE_OWNER_URL is not set: " +
      "migrations are left to a process that has it (ADR 0025).",
  );
} else {
  await prepareDatabase(ownerUrl, console.log, { appUrl: database.url }).catch(async (error: Error) => {
    console.error(error.message);
    await shutdown(1);
  });
  if (oneUrl && mode !== "migrate")
    console.warn(
      "Least privilege is off: the app connects as the database owner (DATABASE_OWNER_URL is not set). " +
        "Set DATABASE_URL to a restricted role and DATABASE_OWNER_URL to the owner (ADR 0025).",
    );
}

if (mode === "migrate") await shutdown(0);
if (mode === "seed" || mode === "dev") {
  const code = await runScript("prisma/seed.ts", [], false, asOwner);
  if (code !== 0 || mode === "seed") await shutdown(code);
}
if (mode === "audit-verify")
  await shutdown(await runScript("scripts/audit-verify.ts", process.argv.slice(3)));
if (mode === "worker") await shutdown(await runScript("scripts/worker.ts"));

// The reference connector (connectors/demo-product) plays the product's systems for data-subject requests.
if (mode === "dev" && process.env.DEMO_CONNECTOR !== "false")
  // A product of its own with its own schema, not the app: it connects as the owner, not the app's role.
  void runScript("connectors/demo-product/server.ts", [], true, asOwner);
if (config.JOBS_IN_APP) void runScript("scripts/worker.ts", [], true);
if (mode === "start") forgetPrerenderedPages();

const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOST ?? (mode === "dev" ? "127.0.0.1" : "0.0.0.0");
const app = next({ dev: mode === "dev", hostname, port, dir: process.cwd() });
const handle = app.getRequestHandler();
await app.prepare();
const production = config.NODE_ENV === "production";
// The snapshot asks this server for pages it does not hold yet, rendered afresh (ADR 0032).
const origin = `http://${hostname === "0.0.0.0" ? "127.0.0.1" : hostname}:${port}`;
const fill = { origin, revalidateId: production ? previewModeId() : undefined };
// Another instance published: drop the snapshot and have Next.js render the pages again (ADR 0033).
followPublicContent(database.url, () => {
  clearPublicSnapshot();
  fetch(`${origin}/api/internal/public-content`, {
    method: "POST",
    headers: { [INTERNAL_HEADER]: internalToken() },
  }).catch((error: Error) => console.error(`Revalidating the public pages failed: ${error.message}`));
});
createServer((req, res) => {
  if (refuseUnsupportedMethod(req, res, { production })) return;
  if (production && servePublicSnapshot(req, res, fill)) return;
  clientAddressHeaders(req, config.TRUST_PROXY);
  varyNegotiatedResponses(res);
  void handle(req, res);
})
  .on("connect", (_req, socket) => refuseTunnel(socket, { production }))
  .on("clientError", (error, socket) => refuseClientError(error, socket, { production }))
  .listen(port, hostname, () => {
    console.log(`Article28 ready on ${config.APP_URL} (listening on ${hostname}:${port}, ${mode})`);
  });

/** The build's preview id: a request carrying it has Next.js render a prerendered page afresh. */
function previewModeId(): string {
  const distDir = process.env.NEXT_DIST_DIR ?? ".next";
  const manifest = JSON.parse(readFileSync(path.join(distDir, "prerender-manifest.json"), "utf8")) as {
    preview: { previewModeId: string };
  };
  return manifest.preview.previewModeId;
}

/**
 * Public pages are prerendered on first visit and cached on disk (docs/decisions/0008). The database may
 * have changed while this instance was down (another instance published, a restore), so a starting
 * server renders them afresh rather than serving what it cached before.
 */
function forgetPrerenderedPages() {
  const distDir = process.env.NEXT_DIST_DIR ?? ".next";
  for (const cache of ["server/route-cache", "cache/fetch-cache"])
    rmSync(path.join(distDir, cache), { recursive: true, force: true });
}
