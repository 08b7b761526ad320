// `npm run export:static [-- --out dir] [--from url] [--live url]`: the public trust center as a folder any
// static host or CDN serves (ADR 0036). Pages are read over HTTP from a running production instance:
// `--from` names one; without it this script starts one exactly as `npm start` does (the production build
// must exist: `npm run build`) on a free loopback port with this environment (DATABASE_URL, APP_URL, …),
// and stops it afterwards. Forms open on `--live` (default APP_URL, else --from).
import { spawn } from "node:child_process";
import { parseArgs } from "node:util";
import { z } from "zod";
import { freePort } from "../lib/db/embedded-postgres.ts";
import { crawlPublicSite } from "../lib/static-export/crawl.ts";
import { buildMirror } from "../lib/static-export/mirror.ts";
import { writeMirrorFolder } from "../lib/static-export/write-folder.ts";

const args = z
  .object({
    out: z.string().min(1).default("static-export"),
    from: z.url().optional(),
    live: z.url().optional(),
  })
  .strict()
  .parse(
    parseArgs({
      options: { out: { type: "string" }, from: { type: "string" }, live: { type: "string" } },
      strict: true,
    }).values,
  );

async function waitForHealthy(baseUrl: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (
      await fetch(`${baseUrl}/api/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`no healthy instance at ${baseUrl} within ${timeoutMs} ms`);
}

/** A production instance of this checkout on a free loopback port; `stop` ends it. */
async function startInstance(): Promise<{ origin: string; stop: () => Promise<void> }> {
  const port = await freePort();
  const server = spawn("npx", ["tsx", "scripts/run.ts", "start"], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(port),
      HOST: "127.0.0.1",
      JOBS_IN_APP: "false",
    },
    stdio: ["ignore", "inherit", "inherit"],
    detached: true,
  });
  const stop = async () => {
    if (server.exitCode !== null || !server.pid) return;
    const exited = new Promise((resolve) => server.once("exit", resolve));
    process.kill(-server.pid, "SIGTERM");
    await exited;
  };
  const origin = `http://127.0.0.1:${port}`;
  // A server that stops before it answers (bad configuration, no build) ends the wait at once.
  const exitedEarly = new Promise<never>((_, reject) =>
    server.once("exit", (code) =>
      reject(new Error(`the production server exited (${code}) before it answered`)),
    ),
  );
  try {
    await Promise.race([waitForHealthy(origin, 90_000), exitedEarly]);
  } catch (error) {
    await stop();
    throw error;
  }
  return { origin, stop };
}

const started = Date.now();
const instance = args.from ? { origin: args.from, stop: async () => {} } : await startInstance();
try {
  const live = args.live ?? process.env.APP_URL ?? instance.origin;
  const crawl = await crawlPublicSite({ origin: instance.origin, aliases: [live] });
  const files = buildMirror(crawl, live);
  const bytes = await writeMirrorFolder(args.out, files);
  for (const { path, status } of crawl.skipped) console.log(`skipped ${path} (HTTP ${status})`);
  console.log(
    `Wrote ${files.length} files (${(bytes / 1024 / 1024).toFixed(1)} MiB) of ${instance.origin} to ${args.out} ` +
      `in ${((Date.now() - started) / 1000).toFixed(1)} s; forms open on ${live}.`,
  );
} finally {
  await instance.stop();
}
