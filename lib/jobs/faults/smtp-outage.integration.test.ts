// Fault: the SMTP server refuses for ten minutes (issue 15; SECURITY.md S22). First it is down
// (connection refused) for three minutes, then it is up but answers 421 "try again later"; ten minutes in it accepts. Time
// moves on the delivery's injected clock, one drain every 30 s as the worker's schedule and backoff would
// run it: nothing waits ten real minutes. Messages stay in the outbox and retry on the backoff schedule,
// staff see them retrying with the server's answer, none is marked sent before the server accepted it,
// and once it accepts every message arrives exactly once.
import { afterAll, expect, it } from "vitest";
import { createUser } from "../../../prisma/factories.ts";
import { db } from "../../db/client.ts";
import { freePort } from "../../db/embedded-postgres.ts";
import { backoffMs, deliverPendingEmails } from "../../mail/deliver.ts";
import { enqueueEmailBatch, type OutgoingEmail } from "../../mail/outbox.ts";
import { smtpTransport } from "../../mail/transport.ts";
import { listOutbox } from "../../mail/viewer.ts";
import { contextFor } from "../../testing/context.ts";
import { acceptAll, rejectAll, startSmtpSink, type SmtpSink } from "../../testing/smtp-sink.ts";
import { fixedClock } from "../../time/clock.ts";

const FROM = "Article28 <no-reply@trust.example.test>";
const APP_URL = "https://trust.example.test";
const MESSAGES = 12;
const TICK_MS = 30_000;
const MINUTE = 60_000;
const OUTAGE_MS = 10 * MINUTE;

let sink: SmtpSink | undefined;
afterAll(async () => sink?.close());

/** Attempts a message makes while every attempt fails for `ms`: the first at 0, then after each backoff. */
function attemptsWithin(ms: number): { attempts: number; nextAt: number } {
  let at = 0;
  let attempts = 0;
  while (at < ms) at += backoffMs(++attempts);
  return { attempts, nextAt: at };
}

it("SMTP refusing for 10 minutes: messages wait and retry with backoff, staff see why, none is lost, sent twice or marked sent early", async () => {
  const start = new Date(Math.ceil(Date.now() / 1000) * 1000);
  const clock = fixedClock(start);
  const emails: OutgoingEmail[] = Array.from({ length: MESSAGES }, (_, i) => ({
    idempotencyKey: `outage-${i}`,
    to: `recipient-${i}@example.test`,
    subject: `Notice ${i}`,
    text: `Body ${i}`,
    sensitive: i % 4 === 0, // sealed ones (sign-in links) go through the same path
  }));
  await db.$transaction((tx) => enqueueEmailBatch(tx, emails));
  // Due on the test's clock, not the database's.
  await db.outboxEmail.updateMany({ data: { nextAttemptAt: start } });
  const rows = await db.outboxEmail.findMany({ select: { id: true } });
  const expectedIds = rows.map((r) => `<${r.id}@trust.example.test>`).sort();

  // The worker's transport (pooled connections), aimed at a port where nothing listens yet.
  const port = await freePort();
  const transport = smtpTransport(`smtp://127.0.0.1:${port}`, FROM, APP_URL, { pooled: true });
  const sentIds = async () =>
    (await db.outboxEmail.findMany({ where: { status: "SENT" }, select: { id: true } }))
      .map((r) => `<${r.id}@trust.example.test>`)
      .sort();
  const acceptedIds = () => (sink?.accepted ?? []).map((m) => m.messageId).sort();

  const { attempts: failedAttempts, nextAt } = attemptsWithin(OUTAGE_MS);
  expect(failedAttempts).toBe(5); // at 0, 0.5, 1.5, 3.5 and 7.5 minutes
  expect(nextAt).toBe(15.5 * MINUTE); // the first attempt after the outage
  const outcomes: { at: number; sent: number; failed: number }[] = [];
  for (let elapsed = 0; elapsed <= nextAt; elapsed += TICK_MS) {
    clock.set(new Date(start.getTime() + elapsed));
    // Three minutes of connection refused, then a server that answers 421 until the tenth minute.
    if (elapsed === 3 * MINUTE)
      sink = await startSmtpSink({ port, policy: rejectAll("4.3.2 try later", 421) });
    if (elapsed === OUTAGE_MS) sink!.setPolicy(acceptAll);
    const result = await deliverPendingEmails(transport, { clock });
    if (result.sent + result.failed > 0) outcomes.push({ at: elapsed / MINUTE, ...result });
    // Invariant at every step: a row is SENT exactly when the server accepted its message.
    expect(await sentIds()).toEqual(acceptedIds());

    if (elapsed === OUTAGE_MS - TICK_MS) {
      // End of the outage: everything is still in the outbox, retrying, and staff see it with the reason.
      const waiting = await db.outboxEmail.findMany();
      expect(waiting).toHaveLength(MESSAGES);
      for (const row of waiting) {
        expect(row).toMatchObject({ status: "PENDING", attempts: failedAttempts, sentAt: null });
        expect(row.lastError).toMatch(/421|try later/);
        expect(row.nextAttemptAt.getTime()).toBe(start.getTime() + nextAt);
      }
      const staff = await contextFor(await createUser({ staffRoles: ["SUPPORT"] }), { clock });
      const { items } = await listOutbox(staff);
      expect(items).toHaveLength(MESSAGES);
      for (const item of items)
        expect(item.delivery).toEqual({
          kind: "retrying",
          attempts: failedAttempts,
          reason: expect.stringMatching(/421/),
          nextAttemptAt: new Date(start.getTime() + nextAt),
        });
    }
  }

  // Each message was tried on the backoff schedule only (never more often), refused by a closed port
  // three times and by 421 twice, and delivered at its first attempt after the outage.
  expect(outcomes).toEqual([
    { at: 0, sent: 0, failed: MESSAGES },
    { at: 0.5, sent: 0, failed: MESSAGES },
    { at: 1.5, sent: 0, failed: MESSAGES },
    { at: 3.5, sent: 0, failed: MESSAGES },
    { at: 7.5, sent: 0, failed: MESSAGES },
    { at: 15.5, sent: MESSAGES, failed: 0 },
  ]);
  expect(sink!.received).toHaveLength(2 * MESSAGES + MESSAGES); // refused at 3.5 and 7.5, accepted at 15.5
  expect(acceptedIds()).toEqual(expectedIds);
  expect(new Set(acceptedIds()).size).toBe(MESSAGES);
  const after = await db.outboxEmail.findMany();
  for (const row of after)
    expect(row).toMatchObject({
      status: "SENT",
      attempts: failedAttempts + 1,
      lastError: null,
      sentAt: new Date(start.getTime() + nextAt),
    });

  // Later drains send nothing again.
  clock.advance(24 * 60 * MINUTE);
  expect(await deliverPendingEmails(transport, { clock })).toEqual({ sent: 0, failed: 0 });
  expect(sink!.accepted).toHaveLength(MESSAGES);
});
