// Subscriptions to subprocessor changes (GDPR.md C3; SECURITY.md S3, S13, S17, S20): double opt-in
// with a hashed, 48-hour confirmation token; the unsubscribe token kept only hashed and sealed; the
// same answer for every address; throttled per IP and per address with nothing stored beyond the
// limit; a honeypot that stores nothing; audit events that name the subscriber by id, not address.
import { describe, expect, it, vi } from "vitest";
import { hashToken } from "../../crypto/token.ts";
import { upsertProviderSettings } from "../../../prisma/factories.ts";
import { db } from "../../db/client.ts";
import { outboxBody } from "../../mail/outbox.ts";
import { anonymousContext } from "../../testing/context.ts";
import { fixedClock, type Clock } from "../../time/clock.ts";
import { confirmationStatus, confirmSubscription } from "./confirm.ts";
import type { AfterResponse } from "../../auth/email-links/email-link-request.ts";
import { subscribe, subscribeInput } from "./subscribe.ts";
import { openUnsubscribeToken } from "./unsubscribe-token.ts";
import { unsubscribeByToken, unsubscribeStatus } from "./unsubscribe.ts";

vi.mock("../../jobs/email-jobs.ts", () => ({ requestEmailDelivery: async () => {} }));

const HOUR = 3_600_000;
let ipCounter = 0;
/** A fresh client address per call, so the per-IP limit does not interfere unless a test wants it. */
const fromNewIp = () => ({
  ip: `198.51.100.${++ipCounter}`,
  userAgent: "Mozilla/5.0 (subscription test)",
  requestId: `req-sub-${ipCounter}`,
});
/** An anonymous caller from a fresh address, on `clock` (the system clock when none is given). */
const from = (clock?: Clock) => anonymousContext({ clock, request: fromNewIp() });
const unique = () => `reader-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.test`;

async function seedProvider() {
  await upsertProviderSettings();
}
await seedProvider();

async function confirmationTokenFor(email: string): Promise<string> {
  const mail = await db.outboxEmail.findFirstOrThrow({
    where: { toAddress: email, idempotencyKey: { startsWith: "subscription-confirm:" } },
    orderBy: { createdAt: "desc" },
  });
  const match = /\/subscriptions\/confirm\/([A-Za-z0-9_-]{43})\b/.exec(outboxBody(mail));
  expect(match, "the email carries the confirmation link").not.toBeNull();
  return match![1]!;
}

async function subscribedAndConfirmed(email = unique(), locale: "en" | "de" = "en") {
  await subscribe(from(), { email, locale });
  expect(await confirmSubscription(from(), await confirmationTokenFor(email))).toBe("valid");
  return db.subscriber.findUniqueOrThrow({ where: { email } });
}

describe("subscribing: double opt-in (C3, S17)", () => {
  it("stores the address lower-cased with only hashes of its tokens, the unsubscribe token sealed, and emails a sealed confirmation link", async () => {
    const clock = fixedClock("2026-03-01T10:00:00.000Z");
    const email = unique();
    expect(
      subscribeInput.parse({ email: `  ${email.toUpperCase()} `, locale: "de" }).email,
      "the form input is normalised",
    ).toBe(email);
    expect(await subscribe(from(clock), { email: email.toUpperCase(), locale: "de" })).toEqual({
      status: "accepted",
    });

    const row = await db.subscriber.findUniqueOrThrow({ where: { email } });
    const token = await confirmationTokenFor(email);
    expect(row).toMatchObject({
      locale: "de",
      confirmTokenHash: hashToken(token),
      confirmedAt: null,
      unsubscribedAt: null,
    });
    expect(row.confirmExpiresAt!.getTime() - clock.now().getTime()).toBe(48 * HOUR);
    const unsubscribeToken = openUnsubscribeToken(row.id, row.unsubscribeTokenSealed);
    expect(row.unsubscribeTokenHash).toBe(hashToken(unsubscribeToken));

    const mail = await db.outboxEmail.findFirstOrThrow({ where: { toAddress: email } });
    expect(mail.sensitive).toBe(true);
    expect(mail.subject).toContain("Bitte bestätigen Sie Ihr Abonnement");
    expect(outboxBody(mail)).toContain(`/de/subscriptions/confirm/${token}`);
    const everything = JSON.stringify([
      await db.subscriber.findMany(),
      await db.outboxEmail.findMany(),
      await db.auditEvent.findMany(),
    ]);
    expect(everything, "no token in clear anywhere").not.toContain(token);
    expect(everything).not.toContain(unsubscribeToken);

    const audit = await db.auditEvent.findFirstOrThrow({
      where: { action: "trust.subscription.requested", targetId: row.id },
    });
    expect(audit).toMatchObject({
      chain: "provider",
      actorUserId: null,
      actorLabel: `subscriber ${row.id}`,
      targetType: "Subscriber",
    });
    expect(audit.metadata).toMatchObject({ outcome: "new", emailed: true });
    expect(
      JSON.stringify(await db.auditEvent.findMany({ where: { targetId: row.id } })),
      "the address is not in the audit log",
    ).not.toContain(email);
  });

  it("confirms once by POST, within 48 hours; looking at the link changes nothing", async () => {
    const clock = fixedClock("2026-03-02T10:00:00.000Z");
    const email = unique();
    await subscribe(from(clock), { email, locale: "en" });
    const token = await confirmationTokenFor(email);
    expect(await confirmationStatus(token, clock)).toBe("valid");
    expect(
      (await db.subscriber.findUniqueOrThrow({ where: { email } })).confirmedAt,
      "a GET of the page confirms nothing",
    ).toBeNull();

    clock.advance(47 * HOUR);
    expect(await confirmSubscription(from(clock), token)).toBe("valid");
    const row = await db.subscriber.findUniqueOrThrow({ where: { email } });
    expect(row).toMatchObject({ confirmedAt: clock.now(), confirmTokenHash: null, confirmExpiresAt: null });
    expect(await confirmSubscription(from(clock), token), "a used link is unknown").toBe("unknown");
    expect(
      await db.auditEvent.count({ where: { action: "trust.subscription.confirmed", targetId: row.id } }),
    ).toBe(1);
  });

  it("refuses an expired link and a made-up one", async () => {
    const clock = fixedClock("2026-03-03T10:00:00.000Z");
    const email = unique();
    await subscribe(from(clock), { email, locale: "en" });
    const token = await confirmationTokenFor(email);
    clock.advance(48 * HOUR);
    expect(await confirmationStatus(token, clock)).toBe("expired");
    expect(await confirmSubscription(from(clock), token)).toBe("expired");
    expect(await confirmSubscription(from(clock), "A".repeat(43))).toBe("unknown");
    expect(await confirmSubscription(from(clock), "../../etc/passwd")).toBe("unknown");
    expect((await db.subscriber.findUniqueOrThrow({ where: { email } })).confirmedAt).toBeNull();
  });

  it("two simultaneous confirmations: one wins, one audit event", async () => {
    const email = unique();
    await subscribe(from(), { email, locale: "en" });
    const token = await confirmationTokenFor(email);
    const results = await Promise.all(Array.from({ length: 4 }, () => confirmSubscription(from(), token)));
    expect(results.filter((r) => r === "valid")).toHaveLength(1);
    const row = await db.subscriber.findUniqueOrThrow({ where: { email } });
    expect(
      await db.auditEvent.count({ where: { action: "trust.subscription.confirmed", targetId: row.id } }),
    ).toBe(1);
  });
});

describe("the same answer for every address (S3-style)", () => {
  it("new, pending, confirmed and unsubscribed addresses get identical answers; a confirmed one gets no new email", async () => {
    const confirmed = await subscribedAndConfirmed();
    const pending = unique();
    await subscribe(from(), { email: pending, locale: "en" });
    const answers = [];
    for (const email of [unique(), pending, confirmed.email])
      answers.push(JSON.stringify(await subscribe(from(), { email, locale: "en" })));
    expect(new Set(answers).size).toBe(1);

    expect(
      await db.outboxEmail.count({ where: { toAddress: confirmed.email } }),
      "only the first confirmation email",
    ).toBe(1);
    expect(
      await db.outboxEmail.count({ where: { toAddress: pending } }),
      "a pending address gets a fresh link",
    ).toBe(2);
    const after = await db.subscriber.findUniqueOrThrow({ where: { email: confirmed.email } });
    expect(after).toMatchObject({ confirmedAt: confirmed.confirmedAt, unsubscribedAt: null });
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { action: "trust.subscription.requested", targetId: confirmed.id },
      orderBy: { seq: "desc" },
    });
    expect(audit.metadata).toMatchObject({ outcome: "already_confirmed", emailed: false });
  });

  it("does the address-dependent work after the answer: nothing is written before the response", async () => {
    const deferred: (() => Promise<void>)[] = [];
    const later: AfterResponse = (task) => void deferred.push(task);
    const confirmed = await subscribedAndConfirmed();
    const known = await subscribe(from(), { email: confirmed.email, locale: "en" }, { afterResponse: later });
    const fresh = unique();
    const unknown = await subscribe(from(), { email: fresh, locale: "en" }, { afterResponse: later });
    expect(known).toEqual(unknown);
    expect(await db.subscriber.count({ where: { email: fresh } })).toBe(0);
    for (const task of deferred) await task();
    expect(await db.subscriber.count({ where: { email: fresh } })).toBe(1);
  });

  it("re-subscribing after unsubscribing starts a new double opt-in: no notices until confirmed again", async () => {
    const row = await subscribedAndConfirmed();
    const token = openUnsubscribeToken(row.id, row.unsubscribeTokenSealed);
    expect(await unsubscribeByToken(from(), token, "page")).toBe("unsubscribed");
    await subscribe(from(), { email: row.email, locale: "de" });
    const pending = await db.subscriber.findUniqueOrThrow({ where: { email: row.email } });
    expect(pending).toMatchObject({ confirmedAt: null, unsubscribedAt: null, locale: "de" });
    expect(pending.confirmTokenHash).not.toBeNull();
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { action: "trust.subscription.requested", targetId: row.id },
      orderBy: { seq: "desc" },
    });
    expect(audit.metadata).toMatchObject({ outcome: "resubscribed", emailed: true });
    expect(await confirmSubscription(from(), await confirmationTokenFor(row.email))).toBe("valid");
  });

  it("two simultaneous first requests for one address make one subscriber", async () => {
    const email = unique();
    const results = await Promise.all(
      Array.from({ length: 3 }, () => subscribe(from(), { email, locale: "en" })),
    );
    expect(results).toEqual(Array(3).fill({ status: "accepted" }));
    expect(await db.subscriber.count({ where: { email } })).toBe(1);
  });
});

describe("unsubscribing by token", () => {
  it("is idempotent, also ends a pending confirmation link, and is audited once", async () => {
    const row = await subscribedAndConfirmed();
    const token = openUnsubscribeToken(row.id, row.unsubscribeTokenSealed);
    expect(await unsubscribeStatus(token)).toBe("subscribed");
    expect(await unsubscribeByToken(from(), token, "page")).toBe("unsubscribed");
    expect(await unsubscribeByToken(from(), token, "page")).toBe("unsubscribed");
    expect(await unsubscribeStatus(token)).toBe("unsubscribed");
    expect((await db.subscriber.findUniqueOrThrow({ where: { id: row.id } })).unsubscribedAt).not.toBeNull();
    const events = await db.auditEvent.findMany({
      where: { action: "trust.subscription.unsubscribed", targetId: row.id },
    });
    expect(events).toHaveLength(1);
    expect(events[0]!.metadata).toMatchObject({ channel: "page" });
    expect(await unsubscribeByToken(from(), "B".repeat(43), "page")).toBe("unknown");
  });
});

describe("abuse protection (S13, S20)", () => {
  it("throttles per address: the 4th request in an hour is refused with a wait time and stores nothing more", async () => {
    const clock = fixedClock("2026-03-04T10:00:00.000Z");
    const email = unique();
    const results = [];
    for (let i = 0; i < 5; i++) results.push(await subscribe(from(clock), { email, locale: "en" }));
    expect(results.slice(0, 3)).toEqual(Array(3).fill({ status: "accepted" }));
    expect(results.slice(3)).toEqual(Array(2).fill({ status: "throttled", minutes: 60 }));
    expect(
      await db.outboxEmail.count({ where: { toAddress: email } }),
      "one email per accepted request",
    ).toBe(3);
    expect(await db.subscriber.count({ where: { email } })).toBe(1);
    expect(
      await db.throttleCounter.count({ where: { key: { contains: email } } }),
      "the counter is keyed by the address's hash",
    ).toBe(0);
    clock.advance(61 * 60_000);
    expect(await subscribe(from(clock), { email, locale: "en" })).toEqual({ status: "accepted" });
  });

  it("throttles per IP across addresses: a flood from one address stores nothing beyond the limit", async () => {
    const clock = fixedClock("2026-03-05T10:00:00.000Z");
    const flooder = anonymousContext({
      clock,
      request: { ip: "203.0.113.99", userAgent: "flood", requestId: "req-flood" },
    });
    const before = await db.subscriber.count();
    const results = [];
    for (let i = 0; i < 15; i++)
      results.push(await subscribe(flooder, { email: `flood-${i}@example.test`, locale: "en" }));
    expect(results.filter((r) => r.status === "accepted")).toHaveLength(10);
    expect(results.slice(10)).toEqual(Array(5).fill({ status: "throttled", minutes: 60 }));
    expect(await db.subscriber.count()).toBe(before + 10);
    expect(
      await db.subscriber.count({
        where: { email: { in: Array.from({ length: 5 }, (_, i) => `flood-${i + 10}@example.test`) } },
      }),
    ).toBe(0);
    expect(await subscribe(from(clock), { email: "flood-other-ip@example.test", locale: "en" })).toEqual({
      status: "accepted",
    });
  });

  it("a filled honeypot gets the same answer and stores nothing, not even a throttle count", async () => {
    const counters = await db.throttleCounter.count();
    const email = unique();
    expect(await subscribe(from(), { email, locale: "en", website: "http://spam.example" })).toEqual({
      status: "accepted",
    });
    expect(await db.subscriber.count({ where: { email } })).toBe(0);
    expect(await db.outboxEmail.count({ where: { toAddress: email } })).toBe(0);
    expect(await db.throttleCounter.count()).toBe(counters);
  });

  it("strict input: unknown fields, other languages, non-addresses and oversized values are refused (S13)", () => {
    const ok = { email: "a@example.test", locale: "en" };
    expect(subscribeInput.safeParse(ok).success).toBe(true);
    expect(subscribeInput.safeParse({ ...ok, confirmedAt: "2026-01-01" }).success).toBe(false);
    expect(subscribeInput.safeParse({ ...ok, locale: "fr" }).success).toBe(false);
    expect(subscribeInput.safeParse({ ...ok, email: "not-an-address" }).success).toBe(false);
    expect(subscribeInput.safeParse({ ...ok, email: `${"a".repeat(320)}@example.test` }).success).toBe(false);
    expect(subscribeInput.safeParse({ ...ok, website: "x".repeat(501) }).success).toBe(false);
  });
});
