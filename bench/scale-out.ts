// Throughput through one instance and through two (issue 15 part 2): the same production build started
// twice on one database (scripts/app-instance.ts), load spread round robin over the instances — one load
// generator per instance, each with half the connections, run at the same time — against the same
// generators both aimed at one instance, in the same run. Pages served from memory (ADR 0032) and a page
// that reaches Next.js each time (a query string bypasses the snapshot).
//
//   npx tsx bench/scale-out.ts            (builds first; E2E_SKIP_BUILD=1 reuses .next)
//   BENCH_SECONDS=20 BENCH_CONNECTIONS=40 npx tsx bench/scale-out.ts
import { cpus } from "node:os";
import autocannon from "autocannon";
import { startAppInstance } from "../scripts/app-instance.ts";
import { buildProduction, startProductionSandbox } from "../scripts/production-sandbox.ts";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);
const PATHS = ["/en/toms", "/subprocessors.json", "/en/toms?via=next"];

if (!process.env.E2E_SKIP_BUILD) buildProduction();
const a = await startProductionSandbox();
const b = await startAppInstance(a.env);
try {
  for (const url of [a.baseUrl, b.baseUrl])
    for (const path of PATHS) for (let i = 0; i < 5; i++) await fetch(url + path); // rendered and stored
  console.log(
    `\n${cpus().length} cores; autocannon, ${CONNECTIONS} connections in all, ${SECONDS} s per row; ` +
      "the load generators run on the same cores as the servers",
  );
  console.log("path                    one instance req/s (p99)   two instances req/s (p99)   × one");
  for (const path of PATHS) {
    const one = await together([a.baseUrl, a.baseUrl], path);
    const two = await together([a.baseUrl, b.baseUrl], path);
    console.log(
      `${path.padEnd(22)} ${`${one.rps} (${one.p99} ms)`.padStart(24)}   ${`${two.rps} (${two.p99} ms)`.padStart(24)}   ${(two.rps / one.rps).toFixed(2).padStart(5)}`,
    );
  }
} finally {
  await b.stop();
  await a.stop();
}

/** One generator per target at once, each with half the connections; total req/s and the worse p99. */
async function together(targets: string[], path: string) {
  const results = await Promise.all(
    targets.map((origin) =>
      autocannon({ url: origin + path, connections: CONNECTIONS / targets.length, duration: SECONDS }),
    ),
  );
  return {
    rps: Math.round(results.reduce((sum, r) => sum + r.requests.average, 0)),
    p99: Math.max(...results.map((r) => r.latency.p99)),
  };
}
