// Fan-out of one breach notice to many organisations (issue 5, GDPR.md B1-B3, SECURITY.md S22): a
// throwaway PostgreSQL, an in-process SMTP server, N organisations with one OWNER each, one incident
// affecting all of them, declared and sent as phase 1; then a real worker process delivers the outbox,
// is killed with SIGKILL after about a third of the mails and replaced by a new one. Prints the time
// from send to the last email accepted, counts, duplicates (target 0) and throughput.
//
//   npx tsx --conditions=react-server bench/breach-fanout.ts
//   BENCH_ORGANIZATIONS=1000 npx tsx --conditions=react-server bench/breach-fanout.ts
import { startThrowawayDatabase } from "../lib/db/database-url.ts";
import { prepareDatabase } from "../lib/db/prepare.ts";
import { startSmtpSink } from "../lib/testing/smtp-sink.ts";
import { waitFor } from "../lib/testing/wait-for.ts";
import { startWorkerProcess, type WorkerProcess } from "../lib/testing/worker-process.ts";

const ORGANIZATIONS = Number(process.env.BENCH_ORGANIZATIONS ?? 5000);
const APP_URL = "http://localhost:3000";
const MAIL_FROM = "Article28 <no-reply@localhost>";
const BATCH = 1000;

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const log = (line: string) => console.log(line);

const sink = await startSmtpSink();
const database = await startThrowawayDatabase();
const workers: WorkerProcess[] = [];
try {
  await prepareDatabase(database.url, () => {});
  process.env.DATABASE_URL = database.url;
  process.env.APP_URL = APP_URL;
  process.env.SMTP_URL = sink.url;
  // Loaded only now: the database client reads DATABASE_URL on first use.
  const { db, disconnectDb } = await import("../lib/db/client.ts");
  const { declareBreach } = await import("../lib/incidents/declare.ts");
  const { sendNoticePhase } = await import("../lib/incidents/notices/send.ts");
  const { contextFor } = await import("../lib/testing/context.ts");
  const { stopBoss } = await import("../lib/jobs/boss.ts");

  log(`Breach fan-out bench: ${ORGANIZATIONS} organisations, one OWNER each`);
  let started = Date.now();
  await db.providerSettings.create({
    data: {
      legalName: "Northwind Analytics GmbH",
      displayName: "Northwind Analytics",
      address: "Berlin",
      dpoName: "Dr. Lena Vogel",
      dpoEmail: "dpo@northwind.example",
      securityEmail: "security@northwind.example",
    },
  });
  const staff = await db.user.create({
    data: {
      email: "security@bench.example",
      name: "Bench Security",
      staffRoles: { create: [{ role: "SECURITY" }] },
    },
  });
  const organizationIds: string[] = [];
  for (let start = 0; start < ORGANIZATIONS; start += BATCH) {
    const indexes = Array.from({ length: Math.min(BATCH, ORGANIZATIONS - start) }, (_, i) => start + i);
    const orgs = await db.organization.createManyAndReturn({
      data: indexes.map((i) => ({
        slug: `bench-org-${i}`,
        name: `Bench Organisation ${i}`,
        breachNotificationHours: [24, 36, 48, 72][i % 4]!,
        dsrDueDays: 10,
      })),
      select: { id: true },
    });
    const users = await db.user.createManyAndReturn({
      data: indexes.map((i) => ({ email: `owner-${i}@bench-org-${i}.example`, name: `Owner ${i}` })),
      select: { id: true },
    });
    await db.membership.createMany({
      data: orgs.map((org, k) => ({ organizationId: org.id, userId: users[k]!.id, role: "OWNER" as const })),
    });
    organizationIds.push(...orgs.map((o) => o.id));
  }
  log(`  setup (organisations, users, memberships):  ${seconds(Date.now() - started)}`);

  const awareAt = new Date(Date.now() - 3_600_000);
  const incident = await db.incident.create({
    data: {
      reference: "INC-BENCH-0001",
      title: "Bench breach",
      description: "Exposed reporting database",
      detectedAt: awareAt,
      awareAt,
      createdById: staff.id,
    },
  });
  for (let start = 0; start < organizationIds.length; start += BATCH) {
    await db.incidentOrganization.createMany({
      data: organizationIds
        .slice(start, start + BATCH)
        .map((organizationId) => ({ incidentId: incident.id, organizationId })),
    });
  }
  // The staff member acts through a real session, as in the console.
  const ctx = await contextFor(staff, { request: { ip: null, userAgent: "bench", requestId: null } });
  started = Date.now();
  const declared = await declareBreach(ctx, {
    id: incident.id,
    reason: "",
    includeSystemOrganizations: false,
  });
  log(
    `  declare (declareBreach, ${declared.totalNotifications} notifications):  ${seconds(Date.now() - started)}`,
  );

  const phase = await db.noticePhase.create({
    data: {
      incidentId: incident.id,
      number: 1,
      summary: "First notice.",
      nature: "Unauthorised read access to a reporting database",
      dataSubjects: "End users, about 1,200 per customer",
      records: "Contact records",
      contactPoint: "Dr. Lena Vogel, dpo@northwind.example",
      likelyConsequences: "Targeted phishing",
      measures: null,
    },
  });
  const sendStarted = Date.now();
  const sent = await sendNoticePhase(ctx, { incidentId: incident.id, phaseId: phase.id });
  const sendMs = Date.now() - sendStarted;
  log(
    `  send phase 1 (one transaction: ${sent.organizations} organisations, ${sent.emails} outbox emails, audits):  ${seconds(sendMs)}`,
  );
  await stopBoss();

  const workerEnv = {
    DATABASE_URL: database.url,
    SMTP_URL: sink.url,
    APP_URL,
    MAIL_FROM,
    NODE_ENV: "development",
  };
  const killAfter = Math.floor(sent.emails / 3);
  const first = startWorkerProcess(workerEnv);
  workers.push(first);
  await waitFor(async () => sink.accepted.length >= killAfter, {
    timeoutMs: 300_000,
    intervalMs: 20,
    description: `${killAfter} emails accepted`,
  }).catch((error: Error) => {
    throw new Error(`${error.message}\nworker output:\n${first.output()}`);
  });
  await first.killHard();
  const atKill = sink.accepted.length;
  const second = startWorkerProcess(workerEnv);
  workers.push(second);
  const pending = () => db.outboxEmail.count({ where: { status: { not: "SENT" } } });
  await waitFor(async () => (await pending()) === 0, {
    timeoutMs: 600_000,
    intervalMs: 200,
    description: "every outbox email SENT",
  }).catch((error: Error) => {
    throw new Error(`${error.message}\nworker output:\n${second.output()}`);
  });
  await new Promise((resolve) => setTimeout(resolve, 1000)); // let any straggler arrive
  const accepted = sink.accepted.filter((m) => m.subject?.includes(incident.reference));
  const lastAt = Math.max(...accepted.map((m) => m.receivedAt.getTime()));
  const uniqueIds = new Set(accepted.map((m) => m.messageId)).size;
  const pairs = new Set(accepted.flatMap((m) => m.rcptTo.map((to) => `${to.toLowerCase()}|${m.subject}`)))
    .size;
  const totalMs = lastAt - sendStarted;
  const deliveryMs = lastAt - (sendStarted + sendMs);

  log("");
  log(`  worker killed with SIGKILL after ${atKill} accepted emails; a new worker finished the rest`);
  log(
    `  time from send to the last email accepted by SMTP:  ${seconds(totalMs)}   (send ${seconds(sendMs)} + delivery ${seconds(deliveryMs)})`,
  );
  log(`  emails received (accepted by SMTP):                 ${accepted.length} of ${sent.emails} expected`);
  log(`  unique Message-IDs:                                 ${uniqueIds}`);
  log(`  unique recipient+phase pairs:                       ${pairs}`);
  log(`  duplicates (received - unique pairs):               ${accepted.length - pairs}   (target 0)`);
  log(
    `  throughput:                                         ${Math.round(accepted.length / (deliveryMs / 1000))} emails/s delivery, ${Math.round(accepted.length / (totalMs / 1000))} emails/s overall`,
  );
  log(`  target (< 60 s):                                    ${totalMs < 60_000 ? "met" : "NOT met"}`);
  await disconnectDb();
} finally {
  await Promise.all(workers.map((w) => w.killHard()));
  await sink.close();
  await database.stop();
}
process.exit(0);
