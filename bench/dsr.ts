// Data-subject requests through the controller API and fanned out to connected systems (issue 12,
// SECURITY.md S22), on a throw-away PostgreSQL:
// - BENCH_REQUESTS access requests (10,000) filed through the real API route, `POST /api/v1/dsr`
//   (app/api/v1/dsr/route.ts, an Idempotency-Key on each), over HTTP by BENCH_CLIENTS (50) concurrent
//   clients, one API key per organisation (created as the portal creates them, lib/api/keys/manage-keys.ts).
//   The route and the connectors' callback route are served by an app process of their own
//   (bench/dsr-app.ts: the real handlers on a plain Node server, no Next.js); per-request latency p50/p95/p99
//   beside a baseline: as many round trips to a handler that answers at once, through the same adapter.
// - each request becomes one task in each of three webhook systems on loopback (bench/dsr-receiver.ts) that
//   answer asynchronously (202, then a callback to the app process). Real worker processes (`npm run
//   worker`) deliver the tasks WHILE the clients are still filing (as in production); the first worker is
//   killed with SIGKILL once a third of the tasks were executed, and replaced.
// - prints the time from the first request filed until every request is COMPLETED, tasks lost (target 0)
//   and tasks executed under two different idempotency keys (target 0), and a second baseline: as many
//   signed task POSTs sent straight to a receiver (no queue, no database).
//
//   npm run bench:dsr
//   BENCH_REQUESTS=1000 npm run bench:dsr
//   BENCH_PROFILE=1 …   also samples what the database's sessions wait for, every 2 s
import { fork, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import { startThrowawayDatabase } from "../lib/db/database-url.ts";
import { prepareDatabase } from "../lib/db/prepare.ts";
import { waitFor } from "../lib/testing/wait-for.ts";
import { startWorkerProcess, type WorkerProcess } from "../lib/testing/worker-process.ts";

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 10_000);
const ORGANIZATIONS = Number(process.env.BENCH_ORGANIZATIONS ?? 50);
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 50);
const PROFILE = Boolean(process.env.BENCH_PROFILE);
const SYSTEMS = 3;
const TARGET_MS = 120_000;
const TARGET_P99_MS = 200;

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const log = (line: string) => console.log(line);

type Counts = { received: number; executed: number; refused: number; callbacksSent: number };

/** A child process (receiver or app) that says `{ url }` when ready and answers `{ type }` messages. */
async function startChild(
  script: string,
  env: Record<string, string>,
  execArgv = ["--conditions=react-server", "--import", "tsx"],
): Promise<{ url: string; ask: <T>(type: string) => Promise<T>; child: ChildProcess }> {
  const child = fork(script, [], {
    execArgv,
    env: { ...process.env, ...env },
  });
  const url = await new Promise<string>((resolve, reject) => {
    child.once("message", (message: { url: string }) => resolve(message.url));
    child.once("exit", (code) => reject(new Error(`${script} exited (${code})`)));
  });
  // One question at a time: the answers carry no id.
  let queue: Promise<unknown> = Promise.resolve();
  const ask = <T>(type: string) => {
    const answer = queue.then(
      () =>
        new Promise<T>((resolve) => {
          child.once("message", (message) => resolve(message as T));
          child.send({ type });
        }),
    );
    queue = answer.catch(() => {});
    return answer;
  };
  return { url, ask, child };
}

/** p-th percentile (nearest rank) of sorted values. */
const percentile = (sorted: readonly number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;

function latencyLine(label: string, latencies: number[], wallMs: number): string {
  const sorted = [...latencies].sort((a, b) => a - b);
  const ms = (v: number) => `${v.toFixed(1)} ms`;
  return `  ${label}: ${latencies.length} in ${seconds(wallMs)} (${Math.round(latencies.length / (wallMs / 1000))}/s)  p50 ${ms(percentile(sorted, 50))}  p95 ${ms(percentile(sorted, 95))}  p99 ${ms(percentile(sorted, 99))}  max ${ms(sorted.at(-1) ?? NaN)}`;
}

/** `count` calls of `call(i)` by `clients` concurrent clients; each call's latency in ms. */
async function concurrently(
  count: number,
  clients: number,
  call: (i: number) => Promise<void>,
): Promise<{ latencies: number[]; wallMs: number }> {
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      for (let i = next++; i < count; i = next++) {
        const t0 = performance.now();
        await call(i);
        latencies.push(performance.now() - t0);
      }
    }),
  );
  return { latencies, wallMs: performance.now() - started };
}

const database = await startThrowawayDatabase();
const workers: WorkerProcess[] = [];
const closers: (() => Promise<void>)[] = [];
try {
  await prepareDatabase(database.url, () => {});
  process.env.DATABASE_URL = database.url;
  process.env.DATABASE_POOL_SIZE ??= "8";
  // Loaded only now: the database client and env() read the variables on first use.
  const { db, disconnectDb } = await import("../lib/db/client.ts");
  const { createApiKey } = await import("../lib/api/keys/manage-keys.ts");
  const { contextFor } = await import("../lib/testing/context.ts");
  const { createWebhookSystem } = await import("../lib/dsr/connectors/testing/factory.ts");
  const { startRecordingReceiver } = await import("../lib/dsr/connectors/testing/recording-receiver.ts");
  const { newWebhookSecret, signWebhook } = await import("../lib/webhooks/standard-webhooks.ts");
  const { freePort } = await import("../lib/db/embedded-postgres.ts");

  if (PROFILE) {
    // For a CPU sampler outside: the cluster's postmaster (its backends are its children).
    const [row] = await db.$queryRaw<{ dir: string }[]>`SELECT current_setting('data_directory') AS dir`;
    const { readFileSync, writeFileSync } = await import("node:fs");
    writeFileSync(
      "/tmp/dsr-bench-postmaster.pid",
      readFileSync(`${row!.dir}/postmaster.pid`, "utf8").split("\n")[0]!,
    );
  }
  log(
    `DSR bench: ${REQUESTS} access requests filed through POST /api/v1/dsr by ${CLIENTS} concurrent clients, × ${SYSTEMS} webhook systems (asynchronous answers)`,
  );
  const started = Date.now();
  const appPort = await freePort();
  const appUrl = `http://127.0.0.1:${appPort}`;
  const systems = Array.from({ length: SYSTEMS }, (_, i) => ({
    path: `/system-${i}`,
    secret: newWebhookSecret(),
    asynchronous: true,
  }));
  const receiver = await startChild("bench/dsr-receiver.ts", { BENCH_SYSTEMS: JSON.stringify(systems) });
  closers.push(async () => void receiver.child.send({ type: "close" }));
  const counts = async () => (await receiver.ask<{ counts: Counts }>("counts")).counts;
  const appEnv = {
    DATABASE_URL: database.url,
    APP_URL: appUrl,
    BENCH_APP_PORT: String(appPort),
    DATABASE_POOL_SIZE: process.env.BENCH_APP_POOL_SIZE ?? "16",
    NODE_ENV: "development",
  };
  // The route handlers need React's full build (as Next.js gives them): no react-server condition here.
  const app = await startChild("bench/dsr-app.ts", appEnv, [
    ...(process.env.BENCH_CPU_PROF ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : []),
    "--import",
    "./bench/server-only-hook.mjs",
    "--import",
    "tsx",
  ]);
  closers.push(async () => void app.child.send({ type: "close" }));

  const orgs = await db.organization.createManyAndReturn({
    data: Array.from({ length: ORGANIZATIONS }, (_, i) => ({
      slug: `bench-${i}`,
      name: `Bench ${i}`,
      breachNotificationHours: 36,
      dsrDueDays: 10,
    })),
    select: { id: true, slug: true },
  });
  const owners = await db.user.createManyAndReturn({
    data: orgs.map((org) => ({ email: `owner@${org.slug}.example`, name: `Owner of ${org.slug}` })),
    select: { id: true },
  });
  await db.membership.createMany({
    data: orgs.map((org, i) => ({ organizationId: org.id, userId: owners[i]!.id, role: "OWNER" as const })),
  });
  for (const system of systems)
    await createWebhookSystem({
      endpointUrl: `${receiver.url}${system.path}`,
      secret: system.secret,
      organizationIds: orgs.map((o) => o.id),
    });
  // Each organisation's owner creates its key in the portal's way (a real session, audited).
  const keys: string[] = [];
  for (const [i, org] of orgs.entries()) {
    const ctx = await contextFor(owners[i]!, { request: { ip: null, userAgent: "bench", requestId: null } });
    const created = await createApiKey(ctx, {
      slug: org.slug,
      name: "Ticketing",
      scopes: ["dsr:write", "dsr:read"],
    });
    keys.push(created.key);
  }
  const total = REQUESTS * SYSTEMS;
  log(
    `  setup (${ORGANIZATIONS} organisations with an owner and an API key, ${SYSTEMS} systems, app and receiver processes):  ${seconds(Date.now() - started)}`,
  );

  // Warm-up (a server that has been running a while): each key lists its organisation's requests once.
  await concurrently(keys.length, CLIENTS, async (i) => {
    const response = await fetch(`${appUrl}/api/v1/dsr`, { headers: { authorization: `Bearer ${keys[i]}` } });
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`warm-up: GET /api/v1/dsr answered ${response.status}`);
  });

  // Baseline 1: as many round trips to a handler that answers at once, same adapter, same clients.
  const baselineHttp = await concurrently(REQUESTS, CLIENTS, async () => {
    const response = await fetch(`${appUrl}/bench/baseline`);
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`baseline answered ${response.status}`);
  });

  // Baseline 2: as many signed task POSTs straight to a receiver that answers at once (no queue, no
  // database), 40 at a time.
  const direct = await startRecordingReceiver({
    systems: systems.map((system) => ({ ...system, asynchronous: false })),
  });
  const baselineBody = (i: number) =>
    JSON.stringify({
      version: 1,
      taskId: `baseline${i}`,
      action: "export",
      organization: { id: "o", slug: "o" },
      subject: { email: `b${i}@bench.example` },
      request: { reference: `B-${i}`, type: "access" },
      callback: { url: `${appUrl}/unused`, token: "x".repeat(43) },
    });
  const baselineTasks = await concurrently(total, 40, async (i) => {
    const system = systems[i % SYSTEMS]!;
    const body = baselineBody(i);
    const headers = signWebhook(system.secret, { id: `baseline-${i}`, body, now: new Date() });
    await fetch(`${direct.url}${system.path}`, {
      method: "POST",
      headers: { ...headers, "content-type": "application/json" },
      body,
    }).then((r) => r.arrayBuffer());
  });
  await direct.close();

  // The run: workers start, clients file; the fan-out overlaps the filing.
  const workerEnv = { DATABASE_URL: database.url, APP_URL: appUrl, NODE_ENV: "development" };
  const first = startWorkerProcess(workerEnv);
  workers.push(first);
  await waitFor(() => first.output().includes("processing jobs"), {
    timeoutMs: 60_000,
    intervalMs: 50,
    description: "the first worker ready",
  });
  let finishedMs: number | null = null;
  const runStarted = Date.now();
  log(`  timeline (printed as it runs):`);
  const sampler = setInterval(
    () => {
      void (async () => {
        const at = seconds(Date.now() - runStarted);
        const [c, rows, waits] = await Promise.all([
          counts(),
          db.$queryRaw<{ status: string; n: number }[]>`
          SELECT status::text, count(*)::int AS n FROM "DataSubjectRequest" GROUP BY 1`,
          PROFILE
            ? db.$queryRaw<{ w: string; n: number }[]>`
            SELECT coalesce(wait_event_type || ':' || wait_event, state) AS w, count(*)::int AS n
            FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()
              AND state <> 'idle' GROUP BY 1 ORDER BY 2 DESC`
            : Promise.resolve([]),
        ]);
        const byStatus = Object.fromEntries(rows.map((r) => [r.status, r.n]));
        log(
          `    ${at.padStart(7)}  filed ${String(filed).padStart(6)}  executed ${String(c.executed).padStart(6)}  callbacks ${String(c.callbacksSent).padStart(6)}  completed ${String(byStatus.COMPLETED ?? 0).padStart(6)}` +
            (PROFILE ? `  waits ${waits.map((w) => `${w.w}=${w.n}`).join(" ")}` : ""),
        );
      })().catch(() => {});
    },
    PROFILE ? 2_000 : 10_000,
  );

  let filed = 0;
  const failures = new Map<number, number>();
  let firstFailure = "";
  const filing = concurrently(REQUESTS, CLIENTS, async (i) => {
    const response = await fetch(`${appUrl}/api/v1/dsr`, {
      method: "POST",
      headers: {
        authorization: `Bearer ${keys[i % keys.length]}`,
        "content-type": "application/json",
        "idempotency-key": randomUUID(),
        "user-agent": "bench ticketing client",
      },
      body: JSON.stringify({
        type: "ACCESS",
        subject: { email: `subject-${i}@bench.example` },
        receivedAt: new Date().toISOString(),
        instructionReference: `TICKET-${i}`,
        identityVerified: true,
      }),
    });
    const text = await response.text();
    if (response.status === 201) filed++;
    else {
      failures.set(response.status, (failures.get(response.status) ?? 0) + 1);
      firstFailure ||= `${response.status} ${text.slice(0, 300)}`;
    }
  });

  const killing = (async () => {
    await waitFor(async () => (await counts()).executed >= total / 3, {
      timeoutMs: 600_000,
      intervalMs: 20,
      description: `${Math.round(total / 3)} tasks executed`,
    }).catch((error: Error) => {
      throw new Error(`${error.message}\nworker output:\n${first.output()}`);
    });
    await first.killHard();
    const at = { ms: Date.now() - runStarted, executed: (await counts()).executed, filed };
    const second = startWorkerProcess(workerEnv);
    workers.push(second);
    void second.exited.then(({ code, signal }) => {
      if (finishedMs === null)
        log(`  the second worker exited (${code ?? signal}):\n${second.output().slice(-4000)}`);
    });
    return { ...at, second };
  })();

  const filingResult = await filing;
  const filingMs = Date.now() - runStarted;
  const kill = await killing;
  const completed = () => db.dataSubjectRequest.count({ where: { status: "COMPLETED" } });
  await waitFor(async () => (await completed()) === filed && filed > 0, {
    timeoutMs: Number(process.env.BENCH_TIMEOUT_MS ?? 900_000),
    intervalMs: 100,
    description: "every request COMPLETED",
  }).then(
    () => (finishedMs = Date.now() - runStarted),
    (error: Error) => log(`  ${error.message}\n${kill.second.output().slice(-4000)}`),
  );
  clearInterval(sampler);
  await new Promise((resolve) => setTimeout(resolve, 1000)); // let any straggling repeat arrive
  const report = await receiver.ask<{ counts: Counts; seen: [string, string[]][] }>("report");
  const seen = new Map(report.seen.map(([taskId, ids]) => [taskId, new Set(ids)]));
  const tasks = await db.dsrTask.findMany({ select: { id: true, status: true, idempotencyKey: true } });
  const notDone = tasks.filter((t) => t.status !== "DONE").length;
  const neverReceived = tasks.filter((t) => !seen.has(t.id)).length;
  const twoKeys = [...seen.values()].filter((ids) => ids.size > 1).length;
  const wrongKey = tasks.filter((t) => {
    const ids = seen.get(t.id);
    return ids !== undefined && !ids.has(t.idempotencyKey);
  }).length;
  const requestsDone = await completed();
  // Every chain the run wrote verifies, and the provider chain's inbox is empty (ADR 0022).
  const { verifyAllChains } = await import("../lib/audit/verify.ts");
  const chains = await verifyAllChains();
  const inboxLeft = await db.auditInbox.count();
  const auditEvents = await db.auditEvent.count();

  log("");
  log(`  baselines (same machine, same run):`);
  log(
    latencyLine(
      `GET /bench/baseline (answers at once, same adapter, ${CLIENTS} clients)`,
      baselineHttp.latencies,
      baselineHttp.wallMs,
    ),
  );
  log(
    latencyLine(
      `signed task POSTs straight to a receiver (40 at a time, no queue, no database)`,
      baselineTasks.latencies,
      baselineTasks.wallMs,
    ),
  );
  const served = await app.ask<{ timings: [string, number[]][] }>("timings");
  log(`  inside the app process (handler start to Response, without HTTP and the clients' queueing):`);
  for (const [name, list] of served.timings)
    log(latencyLine(name, list, filingResult.wallMs).replace(/ in [^)]*\)/, ""));
  log(`  filing (workers delivering at the same time: filing and fan-out overlap):`);
  log(
    latencyLine(
      `POST /api/v1/dsr (${CLIENTS} clients, Idempotency-Key)`,
      filingResult.latencies,
      filingResult.wallMs,
    ),
  );
  log(
    `    201 Created: ${filed} of ${REQUESTS}${failures.size ? `; refused: ${[...failures].map(([s, n]) => `${n}× ${s}`).join(", ")} (first: ${firstFailure})` : ""}`,
  );
  const p99 = percentile(
    [...filingResult.latencies].sort((a, b) => a - b),
    99,
  );
  log(`    p99 target (< ${TARGET_P99_MS} ms): ${p99 < TARGET_P99_MS ? "met" : "NOT met"}`);
  log(
    `  worker killed with SIGKILL after ${seconds(kill.ms)} (${kill.executed} of ${total} tasks executed, ${kill.filed} requests filed); a new worker finished the rest`,
  );
  log(`  filing took:                                        ${seconds(filingMs)}`);
  log(
    `  time from the first request filed until every request COMPLETED:  ${finishedMs === null ? "not reached" : seconds(finishedMs)}   (${finishedMs === null ? "-" : Math.round(total / (finishedMs / 1000))} tasks/s through API, queue, receiver and callback)`,
  );
  log(`  requests COMPLETED:                                 ${requestsDone} of ${filed}`);
  log(
    `  tasks lost (not DONE, or never received):           ${Math.max(notDone, neverReceived)}   (target 0)`,
  );
  log(`  tasks executed under two different keys:            ${twoKeys + wrongKey}   (target 0)`);
  log(
    `  deliveries received / executions (repeats carry the same key):  ${report.counts.received} / ${report.counts.executed}`,
  );
  log(`  callbacks sent:                                     ${report.counts.callbacksSent}`);
  log(
    `  audit chains:                                       ${chains.filter((c) => c.ok).length} of ${chains.length} verify (${auditEvents} events); provider inbox left: ${inboxLeft}`,
  );
  log(
    `  target (10,000 requests < 120 s):                   ${REQUESTS < 10_000 ? "not judged (fewer requests than the target's 10,000)" : finishedMs !== null && finishedMs < TARGET_MS ? "met" : "NOT met"}`,
  );
  if (process.env.BENCH_DEBUG)
    log(`\nworker output:\n${first.output().slice(-3000)}\n${kill.second.output().slice(-3000)}`);
  await disconnectDb();
} finally {
  await Promise.all(workers.map((w) => w.killHard()));
  for (const close of closers) await close().catch(() => {});
  await new Promise((resolve) => setTimeout(resolve, 500));
  await database.stop();
}
process.exit(0);
