// The organisation export with a long audit log (issue 13): seeds BENCH_EVENTS (1,000,000) events into one
// organisation's chain of a throw-away PostgreSQL, then runs the export job once and prints its time,
// audit events per second (each event is written twice: CSV and JSON), the ZIP's size and the process's
// peak RSS (sampled every 50 ms). Targets: >= 50,000 events/s, peak RSS < 300 MB.
//
//   node --expose-gc --conditions=react-server --import tsx bench/org-export.ts
//   BENCH_EVENTS=100000 BENCH_PAGE=2000 npx tsx --conditions=react-server bench/org-export.ts
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { startThrowawayDatabase } from "../lib/db/database-url.ts";
import { prepareDatabase } from "../lib/db/prepare.ts";
import { seedAuditEvents } from "./seed-audit-events.ts";

const EVENTS = Number(process.env.BENCH_EVENTS ?? 1_000_000);
const PAGE = Number(process.env.BENCH_PAGE ?? 2000);
const TARGET_RATE = 50_000;
const TARGET_RSS_MB = 300;

const exportDir = mkdtempSync(path.join(tmpdir(), "article28-export-bench-"));
process.env.EXPORT_DIR = exportDir;
const database = await startThrowawayDatabase();
try {
  await prepareDatabase(database.url, () => {});
  process.env.DATABASE_URL = database.url;
  const { db, disconnectDb } = await import("../lib/db/client.ts");
  const { runOrganizationExport } = await import("../lib/org-export/run-export.ts");
  const { stopBoss } = await import("../lib/jobs/boss.ts");
  const { systemClock } = await import("../lib/time/clock.ts");

  const org = await db.organization.create({
    data: { slug: "bench-export", name: "Bench Export GmbH", breachNotificationHours: 36, dsrDueDays: 10 },
  });
  const owner = await db.user.create({
    data: {
      email: "owner@bench-export.example",
      name: "Bench Owner",
      memberships: { create: { organizationId: org.id, role: "OWNER" } },
    },
  });

  const seeding = performance.now();
  await seedAuditEvents(database.url, org.id, owner, EVENTS);
  console.log(
    `Seeded ${EVENTS.toLocaleString("en")} events in ${((performance.now() - seeding) / 1000).toFixed(1)} s`,
  );

  const created = await db.organizationExport.create({
    data: { organizationId: org.id, requestedById: owner.id, requestedAt: new Date() },
  });
  global.gc?.();
  const before = process.memoryUsage().rss;
  let peak = before;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 50);
  const started = performance.now();
  const outcome = await runOrganizationExport(created.id, systemClock, { pageSize: PAGE });
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  const row = await db.organizationExport.findUniqueOrThrow({ where: { id: created.id } });
  const rate = EVENTS / seconds;
  const mb = peak / 1024 / 1024;
  console.log(
    `Export ${outcome}: ${EVENTS.toLocaleString("en")} audit events (CSV + JSON) in ${seconds.toFixed(1)} s`,
  );
  console.log(
    `  ${Math.round(rate).toLocaleString("en")} events/s (target >= ${TARGET_RATE.toLocaleString("en")})`,
  );
  console.log(
    `  peak RSS ${mb.toFixed(0)} MB (target < ${TARGET_RSS_MB} MB); ${(before / 1024 / 1024).toFixed(0)} MB before the export started`,
  );
  console.log(
    `  ZIP ${(Number(row.bytes) / 1024 / 1024).toFixed(1)} MB, ${row.files} files, sha256 ${row.sha256}`,
  );
  await stopBoss();
  await disconnectDb();
  if (outcome !== "ready" || rate < TARGET_RATE || mb >= TARGET_RSS_MB) process.exitCode = 1;
} finally {
  await database.stop();
  rmSync(exportDir, { recursive: true, force: true });
}
