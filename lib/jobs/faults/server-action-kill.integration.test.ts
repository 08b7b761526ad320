// Fault: the app process killed with SIGKILL in the middle of a server action (issue 15). The action is
// "send a breach notice" (lib/incidents/notices/send.ts): one transaction marks the phase sent, writes an
// outbox email per recipient, a delivery record and first-sent time per organisation, and audit events.
// Its service runs in a child process against the real database; the test holds a row lock on an
// organisation's notification, which the transaction updates after its other writes, so the child stops
// there mid-transaction (no hook in the product). The child is killed with SIGKILL, the lock released:
// nothing of the action is in the database. Sent again, the action completes in full, once.
import pg from "pg";
import { afterAll, expect, it } from "vitest";
import { createOrganization, createUser, upsertProviderSettings } from "../../../prisma/factories.ts";
import { createSession } from "../../auth/sessions/session-store.ts";
import { db } from "../../db/client.ts";
import { saveNoticeDraft } from "../../incidents/notices/draft.ts";
import { sendNoticePhase } from "../../incidents/notices/send.ts";
import { createDeclaredBreach } from "../../incidents/testing/breach-fixtures.ts";
import { contextFor, contextForSession, TEST_CLIENT } from "../../testing/context.ts";
import { waitFor } from "../../testing/wait-for.ts";
import { stopBoss } from "../boss.ts";
import { startScriptProcess, type WorkerProcess } from "../../testing/worker-process.ts";

const children: WorkerProcess[] = [];
const locker = new pg.Client({ connectionString: process.env.DATABASE_URL });
await locker.connect();
afterAll(async () => {
  await Promise.all(children.map((c) => c.killHard()));
  await locker.end();
  await stopBoss(); // the retried send requested email delivery
});

await upsertProviderSettings();

async function affectedOrganization() {
  const org = await createOrganization();
  await createUser({ memberships: [{ organizationId: org.id, role: "OWNER" }] });
  await createUser({ memberships: [{ organizationId: org.id, role: "ADMIN" }] });
  return org;
}

/** What the action writes, read from outside any transaction. */
async function actionState(incidentId: string, phaseId: string) {
  return {
    phaseSentAt: (await db.noticePhase.findUniqueOrThrow({ where: { id: phaseId } })).sentAt,
    outbox: await db.outboxEmail.count({ where: { idempotencyKey: { startsWith: `breach:${phaseId}:` } } }),
    deliveries: await db.noticeDelivery.findMany({ where: { phaseId } }),
    firstSent: (
      await db.incidentNotification.findMany({ where: { incidentId }, select: { firstSentAt: true } })
    ).map((n) => n.firstSentAt),
    audits: await db.auditEvent.count({ where: { action: "breach.notice.sent" } }),
  };
}

/**
 * The child's database session while it waits for a lock: its pid and the tables it has written. Read
 * outside the locker's transaction, which would see a snapshot of pg_stat_activity taken at its start.
 */
async function blockedBackend() {
  const rows = await db.$queryRaw<{ pid: number; query: string; xid: string | null }[]>`
    SELECT pid, query, backend_xid::text AS xid FROM pg_stat_activity
    WHERE datname = current_database() AND wait_event_type = 'Lock'`;
  if (rows.length !== 1) return null;
  const written = await db.$queryRaw<{ relation: string }[]>`
    SELECT DISTINCT relation::regclass::text AS relation FROM pg_locks
    WHERE pid = ${rows[0]!.pid} AND locktype = 'relation' AND mode = 'RowExclusiveLock'`;
  return { ...rows[0]!, written: written.map((r) => r.relation.replaceAll('"', "")).sort() };
}

it("SIGKILL mid server action (send breach notice): nothing of its transaction is written; sent again it completes once, in full", async () => {
  const orgs = [await affectedOrganization(), await affectedOrganization()];
  const incident = await createDeclaredBreach({
    organizationIds: orgs.map((o) => o.id),
    awareAt: new Date(Date.now() - 3_600_000),
  });
  const security = await createUser({ staffRoles: ["SECURITY"] });
  const draft = await saveNoticeDraft(await contextFor(security), incident.id, {
    summary: "First notice.",
    items: {
      nature: "Unauthorised read access to a reporting database",
      dataSubjects: "End users, about 1,200",
      records: "Contact records",
      contactPoint: "Dr. Lena Vogel, dpo@northwind.example",
      likelyConsequences: "Targeted phishing",
      measures: "Credentials rotated",
    },
  });
  const session = await createSession(security.id, "STAFF", TEST_CLIENT, undefined, { mfaVerified: true });
  const env = { SESSION_ID: session.id, INCIDENT_ID: incident.id, PHASE_ID: draft.phaseId };
  const before = await actionState(incident.id, draft.phaseId);
  expect(before).toMatchObject({ phaseSentAt: null, outbox: 0, deliveries: [], audits: 0 });

  // Hold the second organisation's notification row: the send blocks when it records first-sent times
  // (NO KEY: the foreign-key checks of its delivery records, made before, still pass).
  const notification = await db.incidentNotification.findFirstOrThrow({
    where: { incidentId: incident.id, organizationId: orgs[1]!.id },
  });
  await locker.query("BEGIN");
  await locker.query(`SELECT id FROM "IncidentNotification" WHERE id = $1 FOR NO KEY UPDATE`, [
    notification.id,
  ]);

  const killed = startScriptProcess("lib/jobs/faults/send-notice-process.ts", env);
  children.push(killed);
  const blocked = await waitFor(blockedBackend, {
    timeoutMs: 30_000,
    description: "the send blocked on the notification row",
  }).catch((error: Error) => {
    throw new Error(`${error.message}\n${killed.output()}`);
  });
  // Mid-transaction, after its earlier writes: the phase, the outbox and the delivery records.
  expect(blocked.query).toMatch(/UPDATE "public"."IncidentNotification"/);
  expect(blocked.xid).not.toBeNull();
  expect(blocked.written).toEqual(expect.arrayContaining(["NoticeDelivery", "NoticePhase", "OutboxEmail"]));

  await killed.killHard();
  expect((await killed.exited).signal).toBe("SIGKILL");
  await locker.query("ROLLBACK");
  // The orphaned backend gets its lock, fails to answer the dead client and ends, rolling back.
  await waitFor(
    async () =>
      (await db.$queryRaw<unknown[]>`SELECT 1 FROM pg_stat_activity WHERE pid = ${blocked.pid}`).length === 0,
    { description: "the killed process's database session gone" },
  );
  expect(await actionState(incident.id, draft.phaseId)).toEqual(before);

  // Sent again (the user retries, on a restarted app): the whole action, once.
  const result = await sendNoticePhase(await contextForSession(session.id), {
    incidentId: incident.id,
    phaseId: draft.phaseId,
  });
  const after = await actionState(incident.id, draft.phaseId);
  const sentAt = after.phaseSentAt;
  expect(sentAt).toBeInstanceOf(Date);
  expect(after.deliveries).toHaveLength(2);
  const recipients = after.deliveries.flatMap((d) => d.recipients);
  expect(recipients).toHaveLength(4); // an owner and an admin per organisation
  expect(after.outbox).toBe(recipients.length);
  expect(result.emails).toBe(recipients.length);
  expect(after.deliveries.every((d) => d.sentAt.getTime() === sentAt!.getTime())).toBe(true);
  expect(after.firstSent).toEqual([sentAt, sentAt]);
  expect(after.audits).toBe(3); // one per organisation, one for the provider
});
