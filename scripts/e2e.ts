// `npm run test:e2e`: production build, throw-away PostgreSQL (migrated + seeded), the app started
// exactly as `npm start` does, then Playwright in Chromium against it. Everything stops afterwards.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { startThrowawayDatabase } from "../lib/db/database-url.ts";
import { freePort } from "../lib/db/embedded-postgres.ts";
import { prepareDatabase } from "../lib/db/prepare.ts";
import { logContains, tablesContaining } from "./secret-canary.ts";

const tsxNode = (file: string, args: string[] = []) => [process.execPath, ["--conditions=react-server", "--import", "tsx", file, ...args]] as const;

function run(command: string, args: readonly string[], env: NodeJS.ProcessEnv): number {
  return spawnSync(command, args, { stdio: "inherit", env }).status ?? 1;
}

if (!process.env.E2E_SKIP_BUILD) {
  const built = run("npx", ["next", "build"], { ...process.env, NEXT_TELEMETRY_DISABLED: "1" });
  if (built !== 0) process.exit(built);
}

const database = await startThrowawayDatabase();
let server: ChildProcess | undefined;
let exitCode = 1;
try {
  await prepareDatabase(database.url, () => {});
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const env = {
    ...process.env,
    NODE_ENV: "production",
    DATABASE_URL: database.url,
    APP_URL: baseUrl,
    PORT: String(port),
    HOST: "127.0.0.1",
    AUTH_SECRET: randomBytes(48).toString("base64"),
    ENCRYPTION_KEYS: `1:${randomBytes(32).toString("base64")}`,
    NEXT_TELEMETRY_DISABLED: "1",
    // Microsoft sign-in goes to the fake OpenID provider e2e/auth/sso.spec.ts starts on this port (testing only).
    SSO_TEST_AUTHORITY: `http://127.0.0.1:${await freePort()}`,
  } as NodeJS.ProcessEnv;
  const [node, seedArgs] = tsxNode("prisma/seed.ts");
  if (run(node, seedArgs, env) !== 0) throw new Error("seeding failed");

  server = spawn("npx", ["tsx", "scripts/run.ts", "start"], { env, stdio: ["ignore", "pipe", "pipe"], detached: true });
  let serverLog = "";
  for (const stream of [server.stdout!, server.stderr!]) {
    stream.on("data", (chunk: Buffer) => {
      serverLog += chunk.toString();
      process.stdout.write(chunk);
    });
  }
  await waitForHealthy(`${baseUrl}/api/health`, 90_000);
  exitCode = run("npx", ["playwright", "test", ...process.argv.slice(2)], { ...env, E2E_BASE_URL: baseUrl });

  const leakedInto = await tablesContaining(database.url);
  if (leakedInto.length > 0 || logContains(serverLog)) {
    console.error(`Secrets made by the tests were found in clear: ${[...leakedInto, ...(logContains(serverLog) ? ["the server log"] : [])].join(", ")}`);
    exitCode = 1;
  } else {
    console.log("Secret canary: no test password appears in the database or the server log.");
  }
} finally {
  if (server?.pid) {
    try {
      process.kill(-server.pid, "SIGTERM");
    } catch {}
    await new Promise((resolve) => (server!.exitCode !== null ? resolve(null) : server!.once("exit", resolve)));
  }
  await database.stop();
}
process.exit(exitCode);

async function waitForHealthy(url: string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const ok = await fetch(url).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`The app did not become healthy at ${url} within ${timeoutMs} ms`);
}
