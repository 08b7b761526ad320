// Email outbox delivery against a real SMTP server (SECURITY.md S22): at-least-once, never lost,
// never sent twice by concurrent or restarted workers, retried with backoff, given up after MAX_ATTEMPTS.
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { db } from "../db/client.ts";
import {
  acceptAll,
  acceptFirstThenHold,
  rejectAll,
  startSmtpSink,
  type SmtpSink,
} from "../testing/smtp-sink.ts";
import { waitFor } from "../testing/wait-for.ts";
import { startWorkerProcess, type WorkerProcess } from "../testing/worker-process.ts";
import { fixedClock } from "../time/clock.ts";
import { backoffMs, deliverPendingEmails, MAX_ATTEMPTS } from "./deliver.ts";
import { enqueueEmail, type OutgoingEmail } from "./outbox.ts";
import { smtpTransport } from "./transport.ts";

const FROM = "Article28 <no-reply@trust.example.test>";
const APP_URL = "https://trust.example.test";

function email(key: string, overrides: Partial<OutgoingEmail> = {}): OutgoingEmail {
  return {
    idempotencyKey: key,
    to: `${key}@recipient.example.test`,
    subject: `Subject ${key}`,
    text: `Body of ${key}`,
    ...overrides,
  };
}

async function enqueueAll(emails: OutgoingEmail[]) {
  await db.$transaction(async (tx) => {
    for (const e of emails) await enqueueEmail(tx, e);
  });
}

function counts<T>(values: T[]): Map<T, number> {
  const map = new Map<T, number>();
  for (const v of values) map.set(v, (map.get(v) ?? 0) + 1);
  return map;
}

let sink: SmtpSink | undefined;
const workers: WorkerProcess[] = [];

beforeEach(async () => {
  // Every test starts with an empty outbox and no email jobs, so nothing a previous test (or its killed
  // worker) left behind is picked up or in the way.
  await db.outboxEmail.deleteMany();
  await db.$executeRawUnsafe(`DELETE FROM pgboss.job WHERE name = 'outbox-drain'`);
});

afterEach(async () => {
  await Promise.all(workers.splice(0).map((w) => w.killHard()));
  await sink?.close();
  sink = undefined;
});

afterAll(async () => {
  await Promise.all(workers.splice(0).map((w) => w.killHard()));
});

describe("email outbox delivery (S22)", () => {
  it("delivers every enqueued email exactly once and marks it SENT; a duplicate idempotency key is one row (S22)", async () => {
    sink = await startSmtpSink();
    const emails = Array.from({ length: 19 }, (_, i) => email(`bulk-${i}`));
    await enqueueAll(emails);
    // The same key again (e.g. a retried request) with different content: still one row, the first content.
    await enqueueAll([email("bulk-7", { subject: "A second, different subject" })]);

    const rows = await db.outboxEmail.findMany({ orderBy: { idempotencyKey: "asc" } });
    expect(rows).toHaveLength(19);
    expect(rows.find((r) => r.idempotencyKey === "bulk-7")?.subject).toBe("Subject bulk-7");
    expect(rows.every((r) => r.status === "PENDING" && r.attempts === 0)).toBe(true);

    const result = await deliverPendingEmails(smtpTransport(sink.url, FROM, APP_URL), { concurrency: 4 });
    expect(result).toEqual({ sent: 19, failed: 0 });

    const expectedIds = rows.map((r) => `<${r.id}@trust.example.test>`).sort();
    expect(sink.accepted.map((m) => m.messageId).sort()).toEqual(expectedIds);
    for (const row of rows) {
      const delivered = sink.accepted.find((m) => m.messageId === `<${row.id}@trust.example.test>`);
      expect(delivered?.rcptTo).toEqual([row.toAddress]);
      expect(delivered?.subject).toBe(row.subject);
      expect(delivered?.raw).toContain(row.textBody);
    }

    const after = await db.outboxEmail.findMany();
    expect(after.map((r) => [r.status, r.attempts, r.lastError])).toEqual(after.map(() => ["SENT", 1, null]));
    expect(after.every((r) => r.sentAt instanceof Date)).toBe(true);

    // Nothing is sent again by a second run.
    expect(await deliverPendingEmails(smtpTransport(sink.url, FROM, APP_URL))).toEqual({
      sent: 0,
      failed: 0,
    });
    expect(sink.received).toHaveLength(19);
  });

  it("keeps a rejected email PENDING with backoff, retries only when due, and marks it FAILED after MAX_ATTEMPTS (S22)", async () => {
    sink = await startSmtpSink({ policy: rejectAll("4.2.1 mailbox temporarily unavailable", 451) });
    await enqueueAll([email("rejected")]);
    const clock = fixedClock(new Date(Date.now() + 1_000)); // rows are due from the database's now()
    const transport = smtpTransport(sink.url, FROM, APP_URL);

    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      expect(await deliverPendingEmails(transport, { clock })).toEqual({ sent: 0, failed: 1 });
      expect(sink.received).toHaveLength(attempt);
      const row = await db.outboxEmail.findUniqueOrThrow({ where: { idempotencyKey: "rejected" } });
      expect(row.attempts).toBe(attempt);
      expect(row.lastError).toMatch(/451/);
      expect(row.sentAt).toBeNull();
      expect(row.nextAttemptAt.getTime()).toBe(clock.now().getTime() + backoffMs(attempt));
      expect(row.nextAttemptAt.getTime()).toBeGreaterThan(clock.now().getTime());
      expect(row.status).toBe(attempt < MAX_ATTEMPTS ? "PENDING" : "FAILED");

      // Not due yet: nothing is attempted.
      clock.advance(backoffMs(attempt) - 1);
      expect(await deliverPendingEmails(transport, { clock })).toEqual({ sent: 0, failed: 0 });
      expect(sink.received).toHaveLength(attempt);
      clock.advance(1);
    }

    // FAILED is final: even much later nothing is attempted again.
    clock.advance(7 * 24 * 3_600_000);
    expect(await deliverPendingEmails(transport, { clock })).toEqual({ sent: 0, failed: 0 });
    expect(sink.received).toHaveLength(MAX_ATTEMPTS);
    expect(sink.accepted).toHaveLength(0);
  });

  it("sends a temporarily rejected email on the next due attempt, once, and clears lastError (S22)", async () => {
    sink = await startSmtpSink({ policy: rejectAll("try again later", 421) });
    await enqueueAll([email("flaky")]);
    const clock = fixedClock(new Date(Date.now() + 1_000));
    const transport = smtpTransport(sink.url, FROM, APP_URL);

    expect(await deliverPendingEmails(transport, { clock })).toEqual({ sent: 0, failed: 1 });
    sink.setPolicy(acceptAll);
    clock.advance(backoffMs(1));
    expect(await deliverPendingEmails(transport, { clock })).toEqual({ sent: 1, failed: 0 });

    const row = await db.outboxEmail.findUniqueOrThrow({ where: { idempotencyKey: "flaky" } });
    expect(row).toMatchObject({ status: "SENT", attempts: 2, lastError: null });
    expect(row.sentAt?.getTime()).toBe(clock.now().getTime());
    expect(sink.accepted.map((m) => m.messageId)).toEqual([`<${row.id}@trust.example.test>`]);
  });

  it("does not let one rejected email hold back the others (S22)", async () => {
    sink = await startSmtpSink({
      policy: (m) =>
        m.subject === "Subject poison" ? { reject: "5.1.1 no such user", responseCode: 550 } : "accept",
    });
    await enqueueAll([email("ok-1"), email("poison"), email("ok-2"), email("ok-3")]);

    expect(await deliverPendingEmails(smtpTransport(sink.url, FROM, APP_URL))).toEqual({
      sent: 3,
      failed: 1,
    });
    const rows = await db.outboxEmail.findMany({ select: { idempotencyKey: true, status: true } });
    expect(Object.fromEntries(rows.map((r) => [r.idempotencyKey, r.status]))).toEqual({
      "ok-1": "SENT",
      poison: "PENDING",
      "ok-2": "SENT",
      "ok-3": "SENT",
    });
  });

  describe("a killed worker never loses or duplicates a message (S22)", () => {
    const TOTAL = 30;
    const ACCEPTED_BEFORE_KILL = 5;
    const sentCount = () => db.outboxEmail.count({ where: { status: "SENT" } });

    /**
     * Enqueues 30 emails, starts a worker process, lets the SMTP server accept 5 and hold every later
     * DATA (so the worker is frozen mid-send with rows locked), then kill -9s it and refuses what it held.
     */
    async function killWorkerMidBatch() {
      const smtp = await startSmtpSink({ policy: acceptFirstThenHold(ACCEPTED_BEFORE_KILL) });
      sink = smtp;
      await enqueueAll(Array.from({ length: TOTAL }, (_, i) => email(`kill-${String(i).padStart(2, "0")}`)));
      const rows = await db.outboxEmail.findMany({ select: { id: true } });
      expect(rows).toHaveLength(TOTAL);
      const workerEnv = {
        DATABASE_URL: process.env.DATABASE_URL!,
        SMTP_URL: smtp.url,
        APP_URL,
        MAIL_FROM: FROM,
        NODE_ENV: "test",
      };

      const first = startWorkerProcess(workerEnv);
      workers.push(first);
      await waitFor(async () => (await sentCount()) >= ACCEPTED_BEFORE_KILL && smtp.heldCount >= 1, {
        timeoutMs: 20_000,
        description: `${ACCEPTED_BEFORE_KILL} SENT rows and a held message`,
      }).catch((error: Error) => {
        throw new Error(`${error.message}\nworker output:\n${first.output()}`);
      });
      expect(await sentCount()).toBe(ACCEPTED_BEFORE_KILL);

      await first.killHard();
      // Read after the kill: until then the worker's other delivery lanes keep adding held messages.
      const heldAtKill = smtp.heldCount;
      // What it was sending is refused, as a dropped connection would leave it; from now on all is accepted.
      expect(smtp.release({ reject: "connection lost", responseCode: 421 })).toBe(heldAtKill);
      smtp.setPolicy(acceptAll);
      expect(smtp.accepted).toHaveLength(ACCEPTED_BEFORE_KILL);
      // The killed worker's open transactions committed nothing: 25 rows are still PENDING.
      expect(await db.outboxEmail.count({ where: { status: "PENDING", attempts: 0 } })).toBe(
        TOTAL - ACCEPTED_BEFORE_KILL,
      );
      expect(await sentCount()).toBe(ACCEPTED_BEFORE_KILL);
      return { smtp, workerEnv, expectedIds: rows.map((r) => `<${r.id}@trust.example.test>`) };
    }

    function expectEachAcceptedExactlyOnce(smtp: SmtpSink, expectedIds: string[]) {
      const accepted = counts(smtp.accepted.map((m) => m.messageId));
      expect(
        expectedIds.filter((id) => accepted.get(id) !== 1),
        "Message-IDs not accepted exactly once",
      ).toEqual([]);
      expect([...accepted.keys()].sort()).toEqual([...expectedIds].sort());
      expect(smtp.accepted).toHaveLength(TOTAL);
    }

    it("the outbox keeps every row: after kill -9 mid-batch, delivery finishes the rest exactly once (S22)", async () => {
      const { smtp, expectedIds } = await killWorkerMidBatch();
      const transport = smtpTransport(smtp.url, FROM, APP_URL);
      // Until PostgreSQL notices the dead connections their rows stay locked and are skipped; retry until done.
      await waitFor(async () => (await deliverPendingEmails(transport), (await sentCount()) === TOTAL), {
        timeoutMs: 20_000,
        description: `all ${TOTAL} rows SENT`,
      });
      expectEachAcceptedExactlyOnce(smtp, expectedIds);
    }, 40_000);

    it("kill -9 a worker process mid-batch; a newly started worker delivers the rest promptly, each exactly once (S22)", async () => {
      const { smtp, workerEnv, expectedIds } = await killWorkerMidBatch();
      const second = startWorkerProcess(workerEnv);
      workers.push(second);
      await waitFor(async () => (await sentCount()) === TOTAL, {
        timeoutMs: 20_000,
        description: `all ${TOTAL} rows SENT by the new worker`,
      }).catch(async (error: Error) => {
        const outbox = await db.outboxEmail.groupBy({ by: ["status"], _count: true });
        const jobs = await db.$queryRawUnsafe<
          { state: string; policy: string; started_on: Date | null; expire_in: string }[]
        >(
          `SELECT state::text, policy, started_on, expire_in::text FROM pgboss.job WHERE name = 'outbox-drain' ORDER BY created_on`,
        );
        throw new Error(
          `${error.message}\noutbox: ${JSON.stringify(outbox)}\npg-boss outbox-drain jobs: ${JSON.stringify(jobs)}\n` +
            `new worker output:\n${second.output()}`,
        );
      });
      expectEachAcceptedExactlyOnce(smtp, expectedIds);
    }, 45_000);
  });
});
