// The staff audit page with a long provider chain (issue 10, SECURITY.md S24): seeds BENCH_EVENTS
// (100,000) events into the provider chain of a throw-away PostgreSQL, then measures side by side, in the
// same run and on the same data, the page's data load as it was (the newest events plus a verification
// of the whole chain on every view) and as it is (the newest events plus the chain's checkpoint), and
// an HTTP GET of /admin/audit through a production build. Prints p50/p95 over the runs, and what the
// background verification costs (once in full, then the events since the checkpoint).
//
//   npm run bench:audit                     (builds first; E2E_SKIP_BUILD=1 reuses .next)
//   BENCH_HTTP=0 npm run bench:audit        (data loads only, no build or server)
//   BENCH_EVENTS=20000 BENCH_RUNS=50 npm run bench:audit
import { randomUUID } from "node:crypto";
import { encode } from "next-auth/jwt";
import pg from "pg";
import { startThrowawayDatabase } from "../lib/db/database-url.ts";
import { prepareDatabase } from "../lib/db/prepare.ts";
import {
  buildProduction,
  startProductionSandbox,
  type ProductionSandbox,
} from "../scripts/production-sandbox.ts";

const EVENTS = Number(process.env.BENCH_EVENTS ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const OLD_RUNS = Number(process.env.BENCH_OLD_RUNS ?? 5);
const HTTP = process.env.BENCH_HTTP !== "0";
const SEED_BATCH = 5000;
const TARGET_MS = 300;

const log = (line: string) => console.log(line);
const ms = (value: number) => `${value.toFixed(1)} ms`.padStart(10);

/** Runs `task` `runs` times after one warm-up; the durations in ms. */
async function timed(runs: number, task: () => Promise<unknown>): Promise<number[]> {
  await task();
  const durations: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await task();
    durations.push(performance.now() - started);
  }
  return durations;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function row(label: string, durations: number[]) {
  log(
    `  ${label.padEnd(58)} ${ms(percentile(durations, 50))} ${ms(percentile(durations, 95))}   (${durations.length} runs)`,
  );
}

let sandbox: ProductionSandbox | null = null;
let database: { url: string; stop: () => Promise<void> } | null = null;
try {
  if (HTTP) {
    if (!process.env.E2E_SKIP_BUILD) buildProduction();
    // No job worker in the server: the bench decides when the chain is verified.
    sandbox = await startProductionSandbox({ extraEnv: { ...process.env, JOBS_IN_APP: "false" } });
    process.env.DATABASE_URL = sandbox.databaseUrl;
    process.env.AUTH_SECRET = sandbox.env.AUTH_SECRET;
  } else {
    database = await startThrowawayDatabase();
    await prepareDatabase(database.url, () => {});
    process.env.DATABASE_URL = database.url;
  }
  // Loaded only now: the database client reads DATABASE_URL on first use.
  const { db, disconnectDb } = await import("../lib/db/client.ts");
  const { auditRow } = await import("../lib/audit/record.ts");
  const { verifyChain } = await import("../lib/audit/verify.ts");
  const { verifyChainFromCheckpoint } = await import("../lib/audit/checkpoint.ts");
  const { providerAuditLog } = await import("../lib/audit/provider-log.ts");
  const { parseAuditLogQuery } = await import("../lib/audit/log-filter.ts");
  const { authorizeStaff } = await import("../lib/auth/authorization/authorize.ts");
  const { contextFor } = await import("../lib/testing/context.ts");
  const { SESSION_COOKIE_NAMES } = await import("../lib/auth/sessions/session-cookie-name.ts");
  type AuditInput = import("../lib/audit/record.ts").AuditInput;
  type Context = import("../lib/context/context.ts").Context;

  /**
   * `count` provider events like a busy log (sign-ins, refusals, changes from many addresses), chained
   * by the app's own auditRow and written in bulk (one statement per batch) so that seeding stays short.
   */
  async function appendEvents(count: number) {
    const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 1 });
    try {
      const head = await pool.query<{ seq: number; hash: string }>(
        `SELECT seq, hash FROM "AuditEvent" WHERE chain = 'provider' ORDER BY seq DESC LIMIT 1`,
      );
      let last: { seq: number; hash: string } | null = head.rows[0] ?? null;
      for (let start = 0; start < count; start += SEED_BATCH) {
        const at = new Date();
        const rows = Array.from({ length: Math.min(SEED_BATCH, count - start) }, (_, k) => {
          const stored = auditRow(eventNumber(start + k), last, at);
          last = { seq: stored.seq, hash: stored.hash };
          return { id: randomUUID(), ...stored };
        });
        await pool.query(
          `INSERT INTO "AuditEvent" SELECT * FROM json_populate_recordset(NULL::"AuditEvent", $1)`,
          [JSON.stringify(rows)],
        );
      }
    } finally {
      await pool.end();
    }
  }

  function eventNumber(i: number): AuditInput {
    const request = { ip: `198.51.${(i >> 8) & 255}.${i & 255}`, userAgent: "bench", requestId: `req-${i}` };
    const actor = { userId: null, label: `person${i % 5000}@bench.example` };
    if (i % 3 === 0)
      return {
        actor,
        action: "auth.sign_in.failed",
        request,
        metadata: { email: actor.label, reason: "wrong_password" },
      };
    if (i % 3 === 1)
      return { actor, action: "authz.denied", request, metadata: { attempted: "admin.audit.view" } };
    return {
      actor,
      action: "provider.settings.updated",
      request,
      metadata: { changes: { field: `value ${i}` } },
    };
  }

  /** The page's data load before this change: the newest events and a verification of the whole chain. */
  async function oldProviderAuditLog(ctx: Context) {
    await authorizeStaff(ctx, "admin.audit.view");
    return Promise.all([
      db.auditEvent.findMany({
        where: { chain: "provider" },
        orderBy: { seq: "desc" },
        take: 100,
        select: {
          id: true,
          seq: true,
          createdAt: true,
          actorLabel: true,
          action: true,
          targetType: true,
          targetId: true,
          ip: true,
        },
      }),
      verifyChain("provider"),
    ]);
  }

  let started = Date.now();
  await appendEvents(EVENTS);
  const total = await db.auditEvent.count({ where: { chain: "provider" } });
  log(
    `Audit page bench: ${total} events in the provider chain (${EVENTS} seeded in ${((Date.now() - started) / 1000).toFixed(1)} s)`,
  );
  const staff = await db.user.create({
    data: {
      email: "security@bench.example",
      name: "Bench Security",
      staffRoles: { create: [{ role: "SECURITY" }] },
    },
  });
  const ctx = await contextFor(staff, { request: { ip: "127.0.0.1", userAgent: "bench", requestId: null } });

  await db.$executeRawUnsafe(`ANALYZE "AuditEvent"`);
  const plan = await db.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(
    `EXPLAIN SELECT id, seq FROM "AuditEvent" WHERE chain = 'provider' ORDER BY seq DESC LIMIT 100`,
  );
  log(
    `  listing query plan: ${plan
      .map((p) => p["QUERY PLAN"].trim())
      .slice(0, 2)
      .join(" / ")}`,
  );

  log("");
  log(`Background verification (the job; never on a page view)`);
  started = performance.now();
  const full = await verifyChainFromCheckpoint("provider", "full");
  log(
    `  full, from the first event (once a day):  ${ms(performance.now() - started)}   ${full.checked} events, ok=${full.ok}`,
  );
  await appendEvents(1000);
  started = performance.now();
  const since = await verifyChainFromCheckpoint("provider", "new");
  log(
    `  new, from the checkpoint (every 5 min):   ${ms(performance.now() - started)}   ${since.checked} events, ok=${since.ok}`,
  );

  log("");
  log(
    `Data load of /admin/audit                                     ${"p50".padStart(10)} ${"p95".padStart(10)}`,
  );
  const before = await timed(OLD_RUNS, () => oldProviderAuditLog(ctx));
  row("before: newest 100 + verifyChain over the whole chain", before);
  const after = await timed(RUNS, () => providerAuditLog(ctx));
  row("after: newest page (50) + the checkpoint", after);
  // The filters and paging of issue 11: each an index range, however deep or narrow.
  const filtered = (query: Record<string, string>) => {
    const { filter, cursor } = parseAuditLogQuery(query, ctx.timeZone);
    return () => providerAuditLog(ctx, { filter, cursor });
  };
  const today = new Date().toISOString().slice(0, 10);
  for (const [label, query] of [
    ["an old page (keyset, before #1000)", { before: "1000" }],
    ["one event type (a third of the chain)", { event: "authz.denied" }],
    ["a rare event type (none in the bench data)", { event: "audit.chain.verified" }],
    ["one actor (20 events)", { actor: "person42@bench.example" }],
    ["a period (today, Europe/Berlin)", { from: today, to: today, tz: "Europe/Berlin" }],
    [
      "event type + actor + an old page",
      { event: "auth.sign_in.failed", actor: "person3@bench.example", before: "50000" },
    ],
  ] as const)
    row(`filtered: ${label}`, await timed(RUNS, filtered(query)));

  if (sandbox) {
    const cookie = await encode({
      token: { sub: staff.id, sid: ctx.actor.sessionId },
      secret: process.env.AUTH_SECRET ?? "",
    });
    const url = `${sandbox.baseUrl}/admin/audit`;
    const get = async () => {
      const response = await fetch(url, {
        headers: { cookie: `${SESSION_COOKIE_NAMES.production}=${cookie}` },
        redirect: "manual",
      });
      const body = await response.text();
      if (response.status !== 200 || !body.includes("Chain verified"))
        throw new Error(`GET /admin/audit answered ${response.status} without the verification`);
    };
    log("");
    log(`HTTP GET /admin/audit, production build (whole body read)`);
    const http = await timed(RUNS, get);
    row("after: the page as served", http);
    log(`  target p95 < ${TARGET_MS} ms: ${percentile(http, 95) < TARGET_MS ? "met" : "NOT met"}`);
  } else {
    log(
      `  target p95 < ${TARGET_MS} ms (data load): ${percentile(after, 95) < TARGET_MS ? "met" : "NOT met"}`,
    );
  }
  await disconnectDb();
} finally {
  await sandbox?.stop();
  await database?.stop();
}
process.exit(0);
