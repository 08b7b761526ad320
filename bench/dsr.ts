// Data-subject requests fanned out to connected systems (issue 12, SECURITY.md S22): a throw-away PostgreSQL,
// BENCH_REQUESTS access requests (10,000) each with one task in three webhook systems on loopback that answer
// asynchronously (202, then a callback to the callback handler served by this process), delivered by real
// worker processes (`npm run worker`); the first is killed with SIGKILL after a third of the tasks and
// replaced. Prints the time until every request is COMPLETED, tasks lost (target 0) and tasks executed under
// two different idempotency keys (target 0), beside a baseline: the same number of signed task POSTs sent
// straight to the same receiver (no queue, no database), i.e. what loopback HTTP alone costs.
//
// The requests are written in bulk with Prisma: creating them through the API (`POST /api/v1/dsr`, with its
// p50/p99) belongs to the controller API, which is not on main yet.
//
//   npm run bench:dsr
//   BENCH_REQUESTS=1000 npm run bench:dsr
import { fork, type ChildProcess } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import { startThrowawayDatabase } from "../lib/db/database-url.ts";
import { freePort } from "../lib/db/embedded-postgres.ts";
import { prepareDatabase } from "../lib/db/prepare.ts";
import { waitFor } from "../lib/testing/wait-for.ts";
import { startWorkerProcess, type WorkerProcess } from "../lib/testing/worker-process.ts";

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 10_000);
const ORGANIZATIONS = Number(process.env.BENCH_ORGANIZATIONS ?? 50);
const SYSTEMS = 3;
const BATCH = 1000;
const TARGET_MS = 120_000;

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

type Counts = { received: number; executed: number; refused: number; callbacksSent: number };

/** The receiver process (bench/dsr-receiver.ts) and a way to ask it. */
async function startReceiverProcess(systems: unknown): Promise<{
  url: string;
  ask: <T>(type: string) => Promise<T>;
  child: ChildProcess;
}> {
  const child = fork("bench/dsr-receiver.ts", [], {
    execArgv: ["--import", "tsx"],
    env: { ...process.env, BENCH_SYSTEMS: JSON.stringify(systems) },
  });
  const url = await new Promise<string>((resolve) =>
    child.once("message", (message: { url: string }) => resolve(message.url)),
  );
  const ask = <T>(type: string) =>
    new Promise<T>((resolve) => {
      child.once("message", (message) => resolve(message as T));
      child.send({ type });
    });
  return { url, ask, child };
}
const log = (line: string) => console.log(line);

const database = await startThrowawayDatabase();
const workers: WorkerProcess[] = [];
const closers: (() => Promise<void>)[] = [];
try {
  await prepareDatabase(database.url, () => {});
  const callbackPort = await freePort();
  process.env.DATABASE_URL = database.url;
  process.env.APP_URL = `http://127.0.0.1:${callbackPort}`;
  process.env.DATABASE_POOL_SIZE ??= "24";
  // Loaded only now: the database client and env() read the variables on first use.
  const { db, disconnectDb } = await import("../lib/db/client.ts");
  const { sealSubject } = await import("../lib/dsr/subject.ts");
  const { createWebhookSystem } = await import("../lib/dsr/connectors/testing/factory.ts");
  const { startCallbackServer } = await import("../lib/dsr/connectors/testing/callback-server.ts");
  const { startRecordingReceiver } = await import("../lib/dsr/connectors/testing/recording-receiver.ts");
  const { newWebhookSecret, signWebhook } = await import("../lib/webhooks/standard-webhooks.ts");

  log(`DSR fan-out bench: ${REQUESTS} access requests × ${SYSTEMS} webhook systems (asynchronous answers)`);
  const callbacks = await startCallbackServer(callbackPort);
  closers.push(() => callbacks.close());
  const systems = Array.from({ length: SYSTEMS }, (_, i) => ({
    path: `/system-${i}`,
    secret: newWebhookSecret(),
    asynchronous: true,
  }));
  const receiver = await startReceiverProcess(systems);
  closers.push(async () => {
    receiver.child.send({ type: "close" });
  });
  const counts = async () => (await receiver.ask<{ counts: Counts }>("counts")).counts;

  let started = Date.now();
  const orgs = await db.organization.createManyAndReturn({
    data: Array.from({ length: ORGANIZATIONS }, (_, i) => ({
      slug: `bench-${i}`,
      name: `Bench ${i}`,
      breachNotificationHours: 36,
      dsrDueDays: 10,
    })),
    select: { id: true },
  });
  const systemIds: string[] = [];
  for (const system of systems)
    systemIds.push(
      (
        await createWebhookSystem({
          endpointUrl: `${receiver.url}${system.path}`,
          secret: system.secret,
          organizationIds: orgs.map((o) => o.id),
        })
      ).id,
    );
  const now = new Date();
  for (let start = 0; start < REQUESTS; start += BATCH) {
    const rows = Array.from({ length: Math.min(BATCH, REQUESTS - start) }, (_, k) => {
      const i = start + k;
      const id = `bench${randomBytes(10).toString("hex")}`;
      return {
        id,
        organizationId: orgs[i % orgs.length]!.id,
        reference: `DSR-BENCH-${String(i).padStart(5, "0")}`,
        type: "ACCESS" as const,
        status: "OPEN" as const,
        source: "API" as const,
        subjectSealed: sealSubject(id, { email: `subject-${i}@bench.example` }),
        subjectHash: randomBytes(16).toString("hex"),
        receivedAt: now,
        legalDueAt: new Date(now.getTime() + 30 * 86_400_000),
        processorDueAt: new Date(now.getTime() + 10 * 86_400_000),
        instructedAt: now,
        identityAttestedAt: now,
      };
    });
    await db.dataSubjectRequest.createMany({ data: rows });
    await db.dsrTask.createMany({
      data: rows.flatMap((row) =>
        systemIds.map((dataSystemId) => ({
          requestId: row.id,
          dataSystemId,
          action: "EXPORT" as const,
          idempotencyKey: randomUUID(),
        })),
      ),
    });
  }
  const total = REQUESTS * SYSTEMS;
  log(
    `  setup (${ORGANIZATIONS} organisations, ${REQUESTS} requests, ${total} tasks, in bulk):  ${seconds(Date.now() - started)}`,
  );

  // Baseline: the same number of signed POSTs straight to a receiver of the same kind that answers at once
  // (no callback), 40 at a time.
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
      callback: { url: `${process.env.APP_URL}/unused`, token: "x".repeat(43) },
    });
  started = Date.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: 40 }, async () => {
      for (let i = next++; i < total; i = next++) {
        const system = systems[i % SYSTEMS]!;
        const body = baselineBody(i);
        const headers = signWebhook(system.secret, { id: `baseline-${i}`, body, now: new Date() });
        await fetch(`${direct.url}${system.path}`, {
          method: "POST",
          headers: { ...headers, "content-type": "application/json" },
          body,
        }).then((r) => r.arrayBuffer());
      }
    }),
  );
  const baselineMs = Date.now() - started;
  await direct.close();

  const env = { DATABASE_URL: database.url, APP_URL: process.env.APP_URL, NODE_ENV: "development" };
  let finishedMs: number | null = null;
  const runStarted = Date.now();
  const first = startWorkerProcess(env);
  workers.push(first);
  await waitFor(async () => (await counts()).executed >= total / 3, {
    timeoutMs: 600_000,
    intervalMs: 20,
    description: `${Math.round(total / 3)} tasks executed`,
  }).catch((error: Error) => {
    throw new Error(`${error.message}\nworker output:\n${first.output()}`);
  });
  await first.killHard();
  const killedAfterMs = Date.now() - runStarted;
  const executedAtKill = (await counts()).executed;
  const second = startWorkerProcess(env);
  workers.push(second);
  void second.exited.then(({ code, signal }) => {
    if (finishedMs === null)
      log(`  the second worker exited (${code ?? signal}):\n${second.output().slice(-4000)}`);
  });
  const completed = () => db.dataSubjectRequest.count({ where: { status: "COMPLETED" } });
  await waitFor(async () => (await completed()) === REQUESTS, {
    timeoutMs: Number(process.env.BENCH_TIMEOUT_MS ?? 900_000),
    intervalMs: 250,
    description: "every request COMPLETED",
  }).then(
    () => (finishedMs = Date.now() - runStarted),
    (error: Error) => log(`  ${error.message}\n${second.output().slice(-4000)}`),
  );
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

  log("");
  log(
    `  baseline: ${total} signed POSTs straight to the receivers (40 at a time, no queue, no database):  ${seconds(baselineMs)}  (${Math.round(total / (baselineMs / 1000))} tasks/s)`,
  );
  log(
    `  worker killed with SIGKILL after ${seconds(killedAfterMs)} (${executedAtKill} of ${total} tasks executed); a new worker finished the rest`,
  );
  log(
    `  time until every request COMPLETED:                ${finishedMs === null ? "not reached" : seconds(finishedMs)}   (${finishedMs === null ? "-" : Math.round(total / (finishedMs / 1000))} tasks/s through queue, receiver and callback)`,
  );
  log(`  requests COMPLETED:                                 ${requestsDone} of ${REQUESTS}`);
  log(
    `  tasks lost (not DONE, or never received):           ${Math.max(notDone, neverReceived)}   (target 0)`,
  );
  log(`  tasks executed under two different keys:            ${twoKeys + wrongKey}   (target 0)`);
  log(
    `  deliveries received / executions (repeats carry the same key):  ${report.counts.received} / ${report.counts.executed}`,
  );
  log(`  callbacks sent:                                     ${report.counts.callbacksSent}`);
  log(
    `  target (< 120 s):                                   ${finishedMs !== null && finishedMs < TARGET_MS ? "met" : "NOT met"}`,
  );
  if (process.env.BENCH_DEBUG)
    log(`\nworker output:\n${first.output().slice(-3000)}\n${second.output().slice(-3000)}`);
  await disconnectDb();
} finally {
  await Promise.all(workers.map((w) => w.killHard()));
  for (const close of closers) await close().catch(() => {});
  await database.stop();
}
process.exit(0);
