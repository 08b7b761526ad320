// The export step of bench/retention.ts, in a process of its own so its peak RSS is the export's alone (not
// the seeding's or the purge's heap): runs the organisation export BENCH_EXPORT_ID once on DATABASE_URL and
// prints one line of JSON — outcome, seconds, CPU seconds, RSS before the export, peak RSS and peak JS
// heap (committed) + external memory (sampled every 50 ms). BENCH_PAGE: rows per page (default: the job's).
//
//   node --expose-gc --conditions=react-server --import tsx bench/retention-export.ts
import { db, disconnectDb } from "../lib/db/client.ts";
import { stopBoss } from "../lib/jobs/boss.ts";
import { runOrganizationExport } from "../lib/org-export/run-export.ts";
import { systemClock } from "../lib/time/clock.ts";

// A worker that runs exports has its database client up already: connect and load Prisma's query compiler
// before the clock starts, so the figure is the export's, not the client's start.
await db.organization.findFirst({ select: { id: true } });
global.gc?.();
const before = process.memoryUsage().rss;
let peak = before;
let heap = 0;
const sample = () => {
  const memory = process.memoryUsage();
  peak = Math.max(peak, memory.rss);
  heap = Math.max(heap, memory.heapTotal + memory.external);
};
const sampler = setInterval(sample, 50);
const cpu = process.cpuUsage();
const started = performance.now();
const pageSize = process.env.BENCH_PAGE ? Number(process.env.BENCH_PAGE) : undefined;
const outcome = await runOrganizationExport(process.env.BENCH_EXPORT_ID!, systemClock, { pageSize });
const seconds = (performance.now() - started) / 1000;
clearInterval(sampler);
sample();
const used = process.cpuUsage(cpu);
const cpuSeconds = (used.user + used.system) / 1e6;
await stopBoss();
await disconnectDb();
console.log(JSON.stringify({ outcome, seconds, cpuSeconds, before, peak, heap }));
