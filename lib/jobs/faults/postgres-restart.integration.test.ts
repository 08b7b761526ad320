// Fault: PostgreSQL restarted while a real worker process is fanning out a breach notice and while it is
// processing data-subject requests (issue 15; SECURITY.md S22). The file runs on a cluster of its own
// (lib/testing/restartable-postgres.ts): restarting the shared test cluster would break the other files.
// The jobs resume by themselves after the restart, nothing is lost and nothing is done twice.
import { afterAll, expect, it } from "vitest";
import { prepareDatabase } from "../../db/prepare.ts";
import { startRestartablePostgres } from "../../testing/restartable-postgres.ts";
import { acceptAll, acceptFirstThenHold, startSmtpSink, type SmtpSink } from "../../testing/smtp-sink.ts";
import { waitFor } from "../../testing/wait-for.ts";
import { startWorkerProcess, type WorkerProcess } from "../../testing/worker-process.ts";

const cluster = await startRestartablePostgres();
await prepareDatabase(cluster.url, () => {});
// Everything in this file (the test's own client too) uses the cluster that restarts.
process.env.DATABASE_URL = cluster.url;
process.env.DATABASE_OWNER_URL = cluster.url;
const { db, disconnectDb } = await import("../../db/client.ts");
const { stopBoss } = await import("../boss.ts");

const APP_URL = "https://trust.example.test";
const MAIL_FROM = "Article28 <no-reply@trust.example.test>";
const workers: WorkerProcess[] = [];
let sink: SmtpSink | undefined;

afterAll(async () => {
  await Promise.all(workers.map((w) => w.killHard()));
  await sink?.close();
  await stopBoss();
  await disconnectDb();
  await cluster.stop();
});

function startWorker(env: Record<string, string> = {}) {
  const worker = startWorkerProcess({ DATABASE_URL: cluster.url, APP_URL, NODE_ENV: "test", ...env });
  workers.push(worker);
  return worker;
}

const ORGANIZATIONS = 60;
const ACCEPTED_BEFORE_RESTART = 20;

it("PostgreSQL restarted during a breach fan-out: the worker resumes, every recipient's notice is sent, none is lost", async () => {
  const { createDeclaredBreach } = await import("../../incidents/testing/breach-fixtures.ts");
  const { saveNoticeDraft } = await import("../../incidents/notices/draft.ts");
  const { sendNoticePhase } = await import("../../incidents/notices/send.ts");
  const { contextFor } = await import("../../testing/context.ts");
  const { createUser, upsertProviderSettings } = await import("../../../prisma/factories.ts");
  await upsertProviderSettings();
  const orgs = await db.organization.createManyAndReturn({
    data: Array.from({ length: ORGANIZATIONS }, (_, i) => ({
      slug: `fanout-${i}`,
      name: `Fan-out ${i}`,
      breachNotificationHours: 36,
      dsrDueDays: 10,
    })),
    select: { id: true },
  });
  const owners = await db.user.createManyAndReturn({
    data: orgs.map((_, i) => ({ email: `owner-${i}@fanout-${i}.example`, name: `Owner ${i}` })),
    select: { id: true, email: true },
  });
  await db.membership.createMany({
    data: orgs.map((org, i) => ({ organizationId: org.id, userId: owners[i]!.id, role: "OWNER" as const })),
  });
  const incident = await createDeclaredBreach({
    organizationIds: orgs.map((o) => o.id),
    awareAt: new Date(Date.now() - 3_600_000),
  });
  const ctx = await contextFor(await createUser({ staffRoles: ["SECURITY"] }));
  const draft = await saveNoticeDraft(ctx, incident.id, {
    summary: "First notice.",
    items: {
      nature: "Unauthorised read access to a reporting database",
      dataSubjects: "End users",
      records: "Contact records",
      contactPoint: "dpo@northwind.example",
      likelyConsequences: "Targeted phishing",
      measures: "Credentials rotated",
    },
  });
  const sent = await sendNoticePhase(ctx, { incidentId: incident.id, phaseId: draft.phaseId });
  expect(sent.emails).toBe(ORGANIZATIONS);
  await stopBoss(); // only the worker runs jobs
  const rows = await db.outboxEmail.findMany({ select: { id: true, toAddress: true } });
  const messageIdOf = new Map(rows.map((r) => [r.toAddress, `<${r.id}@trust.example.test>`]));

  // The mail server accepts 20 notices, then keeps every later DATA unanswered: the worker's delivery
  // lanes are mid-send, each holding its row locked in an open transaction, when the database goes away.
  const smtp = await startSmtpSink({ policy: acceptFirstThenHold(ACCEPTED_BEFORE_RESTART) });
  sink = smtp;
  const worker = startWorker({ SMTP_URL: smtp.url, MAIL_FROM });
  // (A worker that cannot reach the database while it starts exits, to be restarted by its supervisor;
  // here the database goes away once it runs.)
  const running = () => worker.output().includes("processing jobs");
  await waitFor(() => running() && smtp.accepted.length >= ACCEPTED_BEFORE_RESTART && smtp.heldCount > 0, {
    timeoutMs: 30_000,
    description: `the worker running, ${ACCEPTED_BEFORE_RESTART} notices accepted and the next in flight`,
  }).catch((error: Error) => {
    throw new Error(`${error.message}\n${worker.output()}`);
  });
  // In flight: handed to the server and not recorded as sent before the restart (answered or not).
  const recorded = await db.outboxEmail.findMany({ where: { status: "SENT" }, select: { id: true } });
  const recordedIds = new Set(recorded.map((r) => `<${r.id}@trust.example.test>`));
  const restartedAt = Date.now();
  await cluster.restart({ downMs: 1_000 });
  const inFlight = new Set(smtp.received.map((m) => m.messageId).filter((id) => !recordedIds.has(id!)));
  // The server then answers what it was given, as it would: those messages were delivered, but the
  // transactions that would have recorded it are gone.
  smtp.release("accept");
  smtp.setPolicy(acceptAll);

  const workerDied = () => worker.child.exitCode !== null || worker.child.signalCode !== null;
  await waitFor(
    async () => workerDied() || (await db.outboxEmail.count({ where: { status: "SENT" } })) === ORGANIZATIONS,
    {
      timeoutMs: 90_000,
      intervalMs: 250,
      description: "every notice SENT after the restart",
    },
  ).catch(async (error: Error) => {
    const states = await db.outboxEmail.groupBy({ by: ["status", "attempts"], _count: true });
    throw new Error(`${error.message}\n${JSON.stringify(states)}\n${worker.output()}`);
  });
  const recoveryMs = Date.now() - restartedAt;
  expect(workerDied(), `the worker died:\n${worker.output()}`).toBe(false);

  // Every recipient got their notice exactly once, under its one Message-ID.
  const accepted = new Map<string, number>();
  for (const m of smtp.accepted) accepted.set(m.messageId!, (accepted.get(m.messageId!) ?? 0) + 1);
  for (const owner of owners) expect(accepted.get(messageIdOf.get(owner.email)!)).toBeGreaterThanOrEqual(1);
  expect(accepted.size).toBe(ORGANIZATIONS);
  // Also those the server accepted while the database was away: the worker wrote them SENT after the
  // restart instead of sending them again (lib/mail/unrecorded-acceptances.ts).
  expect([...accepted].filter(([, n]) => n !== 1)).toEqual([]);
  expect(smtp.accepted).toHaveLength(ORGANIZATIONS);
  expect(inFlight.size).toBeGreaterThan(0);
  // Delivered means accepted: each notification records its first delivery once.
  const notifications = await db.incidentNotification.findMany({ where: { incidentId: incident.id } });
  expect(notifications.filter((n) => n.firstDeliveredAt === null)).toEqual([]);
  console.log(
    `fan-out: ${ORGANIZATIONS} notices, ${inFlight.size} in flight at the restart, ${smtp.accepted.length} accepted, recovered in ${recoveryMs} ms`,
  );
}, 150_000);

const REQUESTS = 12;

it("PostgreSQL restarted during DSR processing: the worker resumes, every request completes once, no task runs under two ids", async () => {
  const { seedAccessRequestsToSystems } = await import("../../dsr/connectors/testing/factory.ts");
  const { expectEveryTaskDoneOnce } = await import("../../dsr/connectors/testing/done-once.ts");
  const { startRecordingReceiver } = await import("../../dsr/connectors/testing/recording-receiver.ts");
  const { newWebhookSecret } = await import("../../webhooks/standard-webhooks.ts");
  const systems = ["/crm", "/billing"].map((path) => ({
    path,
    secret: newWebhookSecret(),
    asynchronous: false,
  }));
  // The systems answer only once the database is going down: the restart lands while tasks are executed
  // but their results not yet back, and the results arrive while the database is away.
  let answer!: () => void;
  const answersHeldUntil = new Promise<void>((resolve) => (answer = resolve));
  const receiver = await startRecordingReceiver({ systems, answersHeldUntil, answerDelayMs: 100 });
  try {
    const { org, total } = await seedAccessRequestsToSystems({
      receiverUrl: receiver.url,
      systems,
      requests: REQUESTS,
    });

    const worker = startWorker();
    await waitFor(() => worker.output().includes("processing jobs") && receiver.counts.executed > 0, {
      timeoutMs: 30_000,
      intervalMs: 20,
      description: "the worker running and tasks being executed",
    }).catch((error: Error) => {
      throw new Error(`${error.message}\n${worker.output()}`);
    });
    const executedAtRestart = receiver.counts.executed;
    const doneAtRestart = await db.dsrTask.count({ where: { status: "DONE" } });
    const restartedAt = Date.now();
    const restarted = cluster.restart({ downMs: 1_000 });
    setTimeout(answer, 300);
    await restarted;
    expect(doneAtRestart).toBeLessThan(total);

    const workerDied = () => worker.child.exitCode !== null || worker.child.signalCode !== null;
    await waitFor(
      async () =>
        workerDied() || (await db.dataSubjectRequest.count({ where: { status: "COMPLETED" } })) === REQUESTS,
      { timeoutMs: 90_000, intervalMs: 250, description: "every request COMPLETED after the restart" },
    ).catch(async (error: Error) => {
      const tasks = await db.dsrTask.groupBy({ by: ["status"], _count: true });
      throw new Error(`${error.message}\n${JSON.stringify(tasks)}\n${worker.output()}`);
    });
    const recoveryMs = Date.now() - restartedAt;
    expect(workerDied(), `the worker died:\n${worker.output()}`).toBe(false);

    await expectEveryTaskDoneOnce(receiver, total, REQUESTS);
    // Each request settled once.
    // (In the organisation's audit chain; the provider's chain holds its own copy.)
    const settled = await db.auditEvent.findMany({
      where: { action: "dsr.request.settled", organizationId: org.id },
      select: { targetId: true, metadata: true },
    });
    const completions = settled.filter((e) => (e.metadata as { to?: string }).to === "COMPLETED");
    expect(completions).toHaveLength(REQUESTS);
    expect(new Set(completions.map((e) => e.targetId)).size).toBe(REQUESTS);
    expect(
      await db.auditEvent.count({ where: { action: "dsr.task.completed", organizationId: org.id } }),
    ).toBe(total);
    console.log(
      `DSR: ${total} tasks, ${executedAtRestart} executed and ${doneAtRestart} recorded done at the restart, ${receiver.counts.received - receiver.counts.executed} repeated deliveries answered from the record, all completed ${recoveryMs} ms after the restart`,
    );
  } finally {
    answer(); // a test that failed before the restart lets the held answers go
    await receiver.close();
  }
}, 150_000);
