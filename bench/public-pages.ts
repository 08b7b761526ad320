// Speed of the public trust center on a production build (issues 4 and 15): Lighthouse scores and timings
// in Chromium, then a load test with autocannon, with the number of database transactions the load caused
// (a prerendered page should cause none per visit), side by side with a plain Next.js 16 static page
// carrying the same HTML as /en/toms, built and served by `next start` in the same run (bench/plain-next.ts):
// the ratio is ours against it.
//
//   npx tsx bench/public-pages.ts            (builds first; E2E_SKIP_BUILD=1 reuses .next)
//   BENCH_SECONDS=20 BENCH_CONNECTIONS=100 npx tsx bench/public-pages.ts
//   BENCH_LIGHTHOUSE=0 npx tsx bench/public-pages.ts   (the load test only)
//
// Lighthouse 12 (13 needs Node 22) is fetched with `npx --yes` on first use; CHROMIUM_PATH or
// /usr/bin/chromium is the browser.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import pg from "pg";
import { buildProduction, startProductionSandbox } from "../scripts/production-sandbox.ts";
import { bodyOf, startPlainNext } from "./plain-next.ts";

const PAGES = ["/en", "/en/toms", "/en/subprocessors", "/de/faq", "/en/documents"];
const LOAD_PATHS = ["/en/toms", "/toms", "/en", "/de/faq", "/subprocessors.json", "/updates.atom"];
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const LIGHTHOUSE = process.env.BENCH_LIGHTHOUSE !== "0";
const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

if (!process.env.E2E_SKIP_BUILD) buildProduction();
const sandbox = await startProductionSandbox();
try {
  for (const page of [...PAGES, ...LOAD_PATHS]) await fetch(sandbox.baseUrl + page); // first visit renders and caches

  if (LIGHTHOUSE)
    console.log(
      `\nLighthouse 12 (Chromium ${chromiumVersion()}, mobile emulation with simulated throttling, default config)`,
    );
  if (LIGHTHOUSE)
    console.log(
      "page                    perf  a11y  best  seo   FCP     LCP     TBT    CLS    JS transferred",
    );
  for (const page of LIGHTHOUSE ? PAGES : []) {
    const report = lighthouse(sandbox.baseUrl + page);
    const score = (id: string) => String(Math.round((report.categories[id]?.score ?? 0) * 100)).padStart(4);
    const ms = (id: string) => `${Math.round(report.audits[id]?.numericValue ?? 0)} ms`.padStart(7);
    const scripts = (report.audits["resource-summary"]?.details?.items ?? []).find(
      (i) => i.resourceType === "script",
    );
    console.log(
      `${page.padEnd(22)} ${score("performance")}  ${score("accessibility")}  ${score("best-practices")}  ${score("seo")}  ${ms("first-contentful-paint")} ${ms("largest-contentful-paint")} ${ms("total-blocking-time")} ${(report.audits["cumulative-layout-shift"]?.numericValue ?? 0).toFixed(3).padStart(6)}  ${Math.round((scripts?.transferSize ?? 0) / 1024)} KiB`,
    );
  }

  console.log(
    `\nLoad: autocannon, ${CONNECTIONS} connections, ${SECONDS} s per path, same machine as the server`,
  );
  // The baseline first, alone, then ours: never both under load at once.
  const tomsHtml = await (await fetch(sandbox.baseUrl + "/en/toms")).text();
  const plain = await startPlainNext(bodyOf(tomsHtml), "Technical and organisational measures");
  const baseline = await load(plain.url);
  const plainBytes = (await (await fetch(plain.url)).text()).length;
  await plain.stop();
  console.log(
    "path                    req/s    p50     p99     non-2xx  × plain  DB transactions during run (idle baseline)",
  );
  console.log(
    `${"plain Next.js static".padEnd(22)} ${String(Math.round(baseline.requests.average)).padStart(6)}  ${`${baseline.latency.p50} ms`.padStart(6)}  ${`${baseline.latency.p99} ms`.padStart(6)}  ${String(baseline.non2xx).padStart(7)}  1.00     (${Math.round(plainBytes / 1024)} KB page; ours ${Math.round(tomsHtml.length / 1024)} KB)`,
  );
  for (const page of LOAD_PATHS) {
    const idle = await transactionsDuring(
      sandbox.databaseUrl,
      () => new Promise((r) => setTimeout(r, SECONDS * 1000)),
    );
    let result: autocannon.Result | undefined;
    const busy = await transactionsDuring(sandbox.databaseUrl, async () => {
      result = await load(sandbox.baseUrl + page);
    });
    const r = result!;
    const ratio = (r.requests.average / baseline.requests.average).toFixed(2);
    console.log(
      `${page.padEnd(22)} ${String(Math.round(r.requests.average)).padStart(6)}  ${`${r.latency.p50} ms`.padStart(6)}  ${`${r.latency.p99} ms`.padStart(6)}  ${String(r.non2xx).padStart(7)}  ${ratio.padStart(5)}    ${busy} (${idle}) over ${r.requests.total} requests`,
    );
  }
} finally {
  await sandbox.stop();
}

function load(url: string): Promise<autocannon.Result> {
  return autocannon({ url, connections: CONNECTIONS, duration: SECONDS });
}

function chromiumVersion(): string {
  return spawnSync(chromium, ["--version"], { encoding: "utf8" })
    .stdout.trim()
    .replace(/^Chromium\s*/, "");
}

type LighthouseReport = {
  categories: Record<string, { score: number | null } | undefined>;
  audits: Record<
    string,
    | { numericValue?: number; details?: { items?: { resourceType?: string; transferSize?: number }[] } }
    | undefined
  >;
};

function lighthouse(url: string): LighthouseReport {
  const out = path.join(mkdtempSync(path.join(tmpdir(), "a28-lh-")), "report.json");
  const run = spawnSync(
    "npx",
    [
      "--yes",
      "lighthouse@12.8.2",
      url,
      "--output=json",
      `--output-path=${out}`,
      "--quiet",
      "--chrome-flags=--headless=new --no-sandbox --disable-gpu",
    ],
    { env: { ...process.env, CHROME_PATH: chromium }, encoding: "utf8" },
  );
  if (run.status !== 0) throw new Error(`lighthouse failed for ${url}: ${run.stderr}`);
  return JSON.parse(readFileSync(out, "utf8")) as LighthouseReport;
}

/** Committed + rolled-back transactions in the app database while `work` runs. */
async function transactionsDuring(databaseUrl: string, work: () => Promise<unknown>): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const count = async () => {
    const { rows } = await client.query<{ n: string }>(
      "SELECT xact_commit + xact_rollback AS n FROM pg_stat_database WHERE datname = current_database()",
    );
    return Number(rows[0]!.n);
  };
  try {
    await client.query("SELECT pg_stat_clear_snapshot()");
    const before = await count();
    await work();
    await client.query("SELECT pg_stat_clear_snapshot()");
    // The statistics collector reports with a small delay; wait until the figure settles.
    let after = await count();
    for (let i = 0; i < 10; i++) {
      await new Promise((r) => setTimeout(r, 200));
      await client.query("SELECT pg_stat_clear_snapshot()");
      const next = await count();
      if (next === after) break;
      after = next;
    }
    return after - before; // includes this client's own few reads
  } finally {
    await client.end();
  }
}
