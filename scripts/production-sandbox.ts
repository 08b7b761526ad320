// A production build served exactly as `npm start` does, against a throw-away PostgreSQL that is
// migrated and seeded: used by the e2e runner, the benchmarks, and by hand
// (`npx tsx scripts/production-sandbox.ts` prints the URL and serves until Ctrl-C).
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { generateKeyPairSync, randomBytes } from "node:crypto";
import { localAppUrl } from "../lib/db/app-role.ts";
import { startThrowawayDatabase } from "../lib/db/database-url.ts";
import { freePort } from "../lib/db/embedded-postgres.ts";
import { prepareDatabase } from "../lib/db/prepare.ts";

/** A fresh Ed25519 certificate signing key (PKCS#8 DER, base64) for one production-mode run. */
function signingKey(): string {
  return generateKeyPairSync("ed25519")
    .privateKey.export({ type: "pkcs8", format: "der" })
    .toString("base64");
}

export type ProductionSandbox = {
  baseUrl: string;
  /** The app's connection: the restricted application role (ADR 0025). */
  databaseUrl: string;
  /** The owner's connection (migrations, seed, inspection by the runner). */
  ownerDatabaseUrl: string;
  env: NodeJS.ProcessEnv;
  /** Everything the server printed so far. */
  log: () => string;
  stop: () => Promise<void>;
};

export function runCommand(
  command: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
): number {
  return spawnSync(command, args, { stdio: "inherit", env }).status ?? 1;
}

export function buildProduction(): void {
  if (runCommand("npx", ["next", "build"], { ...process.env, NEXT_TELEMETRY_DISABLED: "1" }) !== 0)
    throw new Error("next build failed");
}

export async function startProductionSandbox(
  options: { echo?: boolean; extraEnv?: NodeJS.ProcessEnv } = {},
): Promise<ProductionSandbox> {
  const database = await startThrowawayDatabase();
  let server: ChildProcess | undefined;
  let connector: ChildProcess | undefined;
  const stop = async () => {
    if (connector && connector.exitCode === null) {
      connector.kill("SIGTERM");
      await new Promise((resolve) => connector!.once("exit", resolve));
    }
    if (server?.pid) {
      try {
        process.kill(-server.pid, "SIGTERM");
      } catch {}
      await new Promise((resolve) =>
        server!.exitCode !== null ? resolve(null) : server!.once("exit", resolve),
      );
    }
    await database.stop();
  };
  try {
    // Migrated as the owner; the app connects as the restricted role, like `npm start` on the embedded cluster.
    const appUrl = localAppUrl(database.url);
    await prepareDatabase(database.url, () => {}, { appUrl });
    const port = await freePort();
    const baseUrl = `http://127.0.0.1:${port}`;
    const env = {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: appUrl,
      APP_URL: baseUrl,
      PORT: String(port),
      HOST: "127.0.0.1",
      AUTH_SECRET: randomBytes(48).toString("base64"),
      ENCRYPTION_KEYS: `1:${randomBytes(32).toString("base64")}`,
      CERTIFICATE_SIGNING_KEYS: `e2e:${signingKey()}`,
      NEXT_TELEMETRY_DISABLED: "1",
      // Microsoft sign-in goes to the fake OpenID provider e2e/auth/sso.spec.ts starts on this port (testing only).
      SSO_TEST_AUTHORITY: `http://127.0.0.1:${await freePort()}`,
      // The reference connector (connectors/demo-product) the seed registers as the demo's data systems.
      DEMO_CONNECTOR_PORT: String(await freePort()),
      ...options.extraEnv,
    } as NodeJS.ProcessEnv;
    // The seed and the reference connector (a product of its own, with its own schema) run as the owner.
    const asOwner = { ...env, DATABASE_URL: database.url };
    const seeded = runCommand(
      process.execPath,
      ["--conditions=react-server", "--import", "tsx", "prisma/seed.ts"],
      asOwner,
    );
    if (seeded !== 0) throw new Error("seeding failed");
    connector = spawn(process.execPath, ["--import", "tsx", "connectors/demo-product/server.ts"], {
      env: asOwner,
      stdio: options.echo ? "inherit" : "ignore",
    });

    // Served as a production deployment with two roles: run.ts migrates with the owner's URL, then drops it.
    server = spawn("npx", ["tsx", "scripts/run.ts", "start"], {
      env: { ...env, DATABASE_OWNER_URL: database.url },
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    });
    let serverLog = "";
    for (const stream of [server.stdout!, server.stderr!]) {
      stream.on("data", (chunk: Buffer) => {
        serverLog += chunk.toString();
        if (options.echo) process.stdout.write(chunk);
      });
    }
    await waitForHealthy(`${baseUrl}/api/health`, 90_000);
    return {
      baseUrl,
      databaseUrl: appUrl,
      ownerDatabaseUrl: database.url,
      env,
      log: () => serverLog,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

async function waitForHealthy(url: string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const ok = await fetch(url).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`The app did not become healthy at ${url} within ${timeoutMs} ms`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (!process.env.E2E_SKIP_BUILD) buildProduction();
  const sandbox = await startProductionSandbox({ echo: true });
  console.log(`\nServing ${sandbox.baseUrl} (database ${sandbox.databaseUrl}). Ctrl-C stops.`);
  const shutdown = () => void sandbox.stop().then(() => process.exit(0));
  process.on("SIGINT", shutdown);
  process.on("SIGTERM", shutdown);
}
