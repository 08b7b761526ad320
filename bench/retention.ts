// Retention at scale (issue 13): on a throw-away PostgreSQL,
//  1. seeds BENCH_ROWS (1,000,000) expired sent emails (category "outbox-emails", over 20 organisations,
//     plus a tenth as many kept ones and due ones), then purges them with the real purge job
//     (lib/retention/purge.ts) while a reader loop in a worker thread reads the same table
//     (bench/retention-reader.mjs); prints the purge's seconds (target < 60 s) and the reader's
//     p50/p95/p99 during the purge (target p99 < 50 ms) against the reader alone just before (baseline),
//     and checks the evidence (count and SHA-256 over the removed ids);
//  2. seeds BENCH_EVENTS (= BENCH_ROWS) audit events into one organisation's chain and runs that
//     organisation's export job alone, in a process of its own (bench/retention-export.ts, lib/org-export): events/s (target >= 50,000; each event is written
//     twice, CSV and JSON) and the process's peak RSS during the export (target < 300 MB);
//  3. verifies that chain (lib/audit/verify.ts): events/s (target >= 100,000).
// Prints whether each target is met; exits 1 when one is not. Never run at full size on a shared machine.
//
//   npm run bench:retention
//   BENCH_ROWS=50000 npm run bench:retention
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import pg from "pg";
import { startThrowawayDatabase } from "../lib/db/database-url.ts";
import { prepareDatabase } from "../lib/db/prepare.ts";
import { seedAuditEvents } from "./seed-audit-events.ts";

const ROWS = Number(process.env.BENCH_ROWS ?? 1_000_000);
const EVENTS = Number(process.env.BENCH_EVENTS ?? ROWS);
const ORGANIZATIONS = 20;
const BASELINE_MS = Number(process.env.BENCH_BASELINE_MS ?? 5000);
const READER_PAUSE_MS = Number(process.env.BENCH_READER_PAUSE_MS ?? 2);
const TARGET = { purgeSeconds: 60, p99Ms: 50, exportRate: 50_000, exportRssMb: 300, verifyRate: 100_000 };

const n = (value: number) => Math.round(value).toLocaleString("en");
const met = (ok: boolean) => (ok ? "met" : "NOT MET");
const failures: string[] = [];
const target = (name: string, ok: boolean) => {
  if (!ok) failures.push(name);
  return met(ok);
};

function percentiles(latencies: number[]) {
  const sorted = Float64Array.from(latencies).sort();
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;
  return { reads: sorted.length, p50: at(0.5), p95: at(0.95), p99: at(0.99), max: sorted.at(-1) ?? NaN };
}
const show = (p: ReturnType<typeof percentiles>) =>
  `${n(p.reads)} reads, p50 ${p.p50.toFixed(2)} ms, p95 ${p.p95.toFixed(2)} ms, p99 ${p.p99.toFixed(2)} ms, max ${p.max.toFixed(1)} ms`;

/** Starts the reader; `stop()` ends it and returns its latencies. */
async function startReader(url: string, ids: string[]) {
  const worker = new Worker(new URL("./retention-reader.mjs", import.meta.url), {
    workerData: { url, ids, pauseMs: READER_PAUSE_MS },
  });
  const done = new Promise<number[]>((resolve, reject) => {
    worker.on("message", (m: { latencies?: number[] }) => m.latencies && resolve(m.latencies));
    worker.on("error", reject);
  });
  await new Promise<void>((resolve) => worker.once("message", () => resolve()));
  return {
    stop: async () => {
      worker.postMessage("stop");
      const latencies = await done;
      await worker.terminate();
      return latencies;
    },
  };
}

const exportDir = mkdtempSync(path.join(tmpdir(), "article28-retention-bench-"));
process.env.EXPORT_DIR = exportDir;
const database = await startThrowawayDatabase();
try {
  await prepareDatabase(database.url, () => {});
  process.env.DATABASE_URL = database.url;
  const { db, disconnectDb } = await import("../lib/db/client.ts");
  const { runRetentionPurge } = await import("../lib/retention/purge.ts");
  const { idsSha256 } = await import("../lib/retention/evidence.ts");
  const { verifyChain } = await import("../lib/audit/verify.ts");
  const { stopBoss } = await import("../lib/jobs/boss.ts");
  const { systemClock } = await import("../lib/time/clock.ts");
  const pool = new pg.Pool({ connectionString: database.url, max: 1 });

  // 1. The purge of one category with a reader on the same table.
  const orgs = await Promise.all(
    Array.from({ length: ORGANIZATIONS }, (_, i) =>
      db.organization.create({
        data: {
          slug: `bench-retention-${i}`,
          name: `Bench Retention ${i}`,
          breachNotificationHours: 36,
          dsrDueDays: 10,
        },
        select: { id: true },
      }),
    ),
  );
  const orgIds = orgs.map((o) => o.id);
  const seeding = performance.now();
  // Expired: sent 400-800 days ago (the policy keeps 365). Kept: sent in the last 300 days. Due: pending.
  const insert = (from: number, to: number, kind: "expired" | "kept" | "due") =>
    pool.query(
      `INSERT INTO "OutboxEmail" (id, "idempotencyKey", "organizationId", "toAddress", subject, "textBody",
         status, attempts, "nextAttemptAt", "createdAt", "sentAt")
       SELECT 'c' || substr(md5($3 || i::text), 1, 24), $3 || ':' || i, ($4::text[])[1 + i % $5],
         'person' || i || '@example.test', 'Your weekly report', repeat('Lorem ipsum dolor sit amet. ', 12),
         CASE WHEN $3 = 'due' THEN 'PENDING' ELSE 'SENT' END::"OutboxStatus", 1,
         now() - make_interval(secs => i % 600), now() - make_interval(days => d), 
         CASE WHEN $3 = 'due' THEN NULL ELSE now() - make_interval(days => d) END
       FROM generate_series($1::int, $2::int) i,
         LATERAL (SELECT CASE WHEN $3 = 'expired' THEN 400 + i % 400 WHEN $3 = 'kept' THEN i % 300 ELSE 0 END) x(d)`,
      [from, to, kind, orgIds, ORGANIZATIONS],
    );
  for (let from = 1; from <= ROWS; from += 100_000)
    await insert(from, Math.min(ROWS, from + 99_999), "expired");
  await insert(1, Math.ceil(ROWS / 10), "kept");
  await insert(1, 1000, "due");
  await pool.query(`VACUUM ANALYZE "OutboxEmail"`);
  const sample = (
    await pool.query<{ id: string }>(`SELECT id FROM "OutboxEmail" TABLESAMPLE BERNOULLI (1) LIMIT 20000`)
  ).rows.map((r) => r.id);
  console.log(
    `Seeded ${n(ROWS)} expired sent emails (+ ${n(Math.ceil(ROWS / 10))} kept, 1,000 due) over ${ORGANIZATIONS} organisations in ${((performance.now() - seeding) / 1000).toFixed(1)} s`,
  );

  const baselineReader = await startReader(database.url, sample);
  await new Promise((resolve) => setTimeout(resolve, BASELINE_MS));
  const baseline = percentiles(await baselineReader.stop());

  const reader = await startReader(database.url, sample);
  const purging = performance.now();
  const result = await runRetentionPurge(systemClock, { categories: ["outbox-emails"] });
  const purgeSeconds = (performance.now() - purging) / 1000;
  const during = percentiles(await reader.stop());
  const removed = result.buckets.reduce((sum, b) => sum + b.removed, 0);
  console.log(
    `Purge: ${n(removed)} rows removed in ${purgeSeconds.toFixed(1)} s, ${n(removed / purgeSeconds)} rows/s (target < ${TARGET.purgeSeconds} s for 1,000,000: ${target("purge time", removed === ROWS && purgeSeconds * (1_000_000 / ROWS) < TARGET.purgeSeconds)}${ROWS === 1_000_000 ? "" : ", scaled to 1,000,000"})`,
  );
  console.log(`  reader alone (baseline, ${BASELINE_MS / 1000} s): ${show(baseline)}`);
  console.log(
    `  reader during the purge:         ${show(during)} (target p99 < ${TARGET.p99Ms} ms: ${target("reader p99", during.p99 < TARGET.p99Ms)})`,
  );
  const [{ left }] = (
    await pool.query<{ left: number }>(
      `SELECT count(*)::int AS left FROM "OutboxEmail" WHERE "idempotencyKey" LIKE 'expired:%'`,
    )
  ).rows as [{ left: number }];
  const evidence = await db.retentionRun.findMany({ where: { runId: result.runId } });
  // The removed ids are gone; their list is the seeded one (every expired row, none other).
  const expiredIds = (
    await pool.query<{ id: string }>(
      `SELECT 'c' || substr(md5('expired' || i::text), 1, 24) AS id, ($1::text[])[1 + i % $2] AS org
       FROM generate_series(1, $3::int) i`,
      [orgIds, ORGANIZATIONS, ROWS],
    )
  ).rows as { id: string; org: string }[];
  const hashes = evidence.every(
    (row) =>
      row.idsSha256 === idsSha256(expiredIds.filter((e) => e.org === row.organizationId).map((e) => e.id)),
  );
  console.log(
    `  evidence: ${evidence.length} rows (one per organisation), ${n(evidence.reduce((s, r) => s + r.removed, 0))} removed, hashes ${hashes ? "match" : "DO NOT MATCH"}; ${n(left)} expired rows left`,
  );
  if (!hashes || left > 0) failures.push("purge evidence");
  await pool.query(`VACUUM ANALYZE "OutboxEmail"`);

  // 2. The export of one organisation's audit log.
  const owner = await db.user.create({
    data: {
      email: "owner@bench-retention.example",
      name: "Bench Owner",
      memberships: { create: { organizationId: orgIds[0]!, role: "OWNER" } },
    },
  });
  const seedingEvents = performance.now();
  await seedAuditEvents(database.url, orgIds[0]!, owner, EVENTS);
  console.log(
    `Seeded ${n(EVENTS)} audit events in ${((performance.now() - seedingEvents) / 1000).toFixed(1)} s`,
  );
  const created = await db.organizationExport.create({
    data: { organizationId: orgIds[0]!, requestedById: owner.id, requestedAt: new Date() },
  });
  const child = spawnSync(
    process.execPath,
    [
      // BENCH_EXPORT_FLAGS: extra node flags for the export (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof").
      ...(process.env.BENCH_EXPORT_FLAGS ?? "").split(" ").filter(Boolean),
      "--expose-gc",
      "--conditions=react-server",
      "--import",
      "tsx",
      fileURLToPath(new URL("./retention-export.ts", import.meta.url)),
    ],
    {
      env: { ...process.env, BENCH_EXPORT_ID: created.id },
      encoding: "utf8",
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  const measured = JSON.parse(child.stdout.trim().split("\n").at(-1) ?? "{}") as {
    outcome: string;
    seconds: number;
    cpuSeconds: number;
    before: number;
    peak: number;
    heap: number;
  };
  const { outcome, seconds: exportSeconds, before, peak } = measured;
  const exportRate = EVENTS / exportSeconds;
  const mb = peak / 1024 / 1024;
  console.log(
    `Export ${outcome}: ${n(EVENTS)} audit events (CSV + JSON) in ${exportSeconds.toFixed(1)} s, ${n(exportRate)} events/s (target >= ${n(TARGET.exportRate)}: ${target("export rate", outcome === "ready" && exportRate >= TARGET.exportRate)})`,
  );
  console.log(
    `  peak RSS ${mb.toFixed(0)} MB (target < ${TARGET.exportRssMb} MB: ${target("export RSS", mb < TARGET.exportRssMb)}); ${(before / 1024 / 1024).toFixed(0)} MB before the export (a process of its own); peak JS heap (committed) + external ${(measured.heap / 1024 / 1024).toFixed(0)} MB; ${measured.cpuSeconds.toFixed(1)} CPU s`,
  );

  // 3. Verification of that chain.
  const verifying = performance.now();
  const report = await verifyChain(`org:${orgIds[0]}`);
  const verifySeconds = (performance.now() - verifying) / 1000;
  const verifyRate = report.events / verifySeconds;
  console.log(
    `Verify: ${n(report.events)} events ${report.ok ? "intact" : "BROKEN"} in ${verifySeconds.toFixed(1)} s, ${n(verifyRate)} events/s (target >= ${n(TARGET.verifyRate)}: ${target("verify rate", report.ok && verifyRate >= TARGET.verifyRate)})`,
  );

  await pool.end();
  await stopBoss();
  await disconnectDb();
  console.log(failures.length ? `Targets not met: ${failures.join(", ")}` : "Every target met.");
  if (failures.length) process.exitCode = 1;
} finally {
  await database.stop();
  rmSync(exportDir, { recursive: true, force: true });
}
