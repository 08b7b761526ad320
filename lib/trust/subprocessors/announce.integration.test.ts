// Announcing subprocessor changes (GDPR.md C1-C3; SECURITY.md S11, S13, S17, S22): one transaction
// changes the list, records the change and its public update, and writes exactly one notice per
// confirmed, still-subscribed subscriber (sealed, with List-Unsubscribe headers) that a real SMTP
// server receives; the one-click endpoint unsubscribes; only subprocessor staff may announce; the
// page, JSON and CSV are built from one register.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import {
  oneClickUnsubscribe,
  openUnsubscribeLink,
} from "../../../app/api/subscriptions/unsubscribe/one-click.ts";
import { createOrganization, createUser, upsertProviderSettings } from "../../../prisma/factories.ts";
import { db } from "../../db/client.ts";
import { errorOutcome } from "../../http/error-outcome.ts";
import { errorResponse } from "../../http/route.ts";
import { deliverPendingEmails } from "../../mail/deliver.ts";
import { outboxBody, outboxHeaders } from "../../mail/outbox.ts";
import { smtpTransport } from "../../mail/transport.ts";
import { anonymousContext, contextFor } from "../../testing/context.ts";
import { parseHeaders, startSmtpSink, type SmtpSink } from "../../testing/smtp-sink.ts";
import { fixedClock } from "../../time/clock.ts";
import { confirmSubscription } from "../subscriptions/confirm.ts";
import { subscribe } from "../subscriptions/subscribe.ts";
import { openUnsubscribeToken } from "../subscriptions/unsubscribe-token.ts";
import { unsubscribeByToken } from "../subscriptions/unsubscribe.ts";
import { announceSubprocessorChange } from "./announce.ts";
import { announceChangeInput } from "./announce-input.ts";
import { editSubprocessorDetails } from "./edit-details.ts";
import { subprocessorsCsv, subprocessorsDocument } from "./machine-readable.ts";
import { buildSubprocessorsDocument, subprocessorsCsvText } from "./public-exports.ts";
import { loadSubprocessorRegister } from "./register.ts";
import { SUBPROCESSOR_ERRORS } from "./messages.ts";
import { getSubprocessorStaffView } from "./staff-view.ts";
import { parseCsvRecords } from "./testing/parse-csv.ts";

vi.mock("../../jobs/email-jobs.ts", () => ({ requestEmailDelivery: async () => {} }));

const TODAY = "2026-03-10";
const clock = fixedClock(`${TODAY}T09:00:00.000Z`);
let ipCounter = 0;
const client = () => ({
  ip: `198.51.100.${++ipCounter}`,
  userAgent: "Mozilla/5.0 (announce test)",
  requestId: `req-announce-${ipCounter}`,
});
/** An anonymous visitor from a fresh address, on the test's clock. */
const visitor = () => anonymousContext({ clock, request: client() });
/** A caller signed in as `user` (a fresh MFA-satisfied session), on the test's clock. */
const signedIn = (user: { id: string }) => contextFor(user, { clock });
let counter = 0;
const uniqueName = (stem: string) => `${stem} ${++counter} ${Math.random().toString(36).slice(2, 7)}`;

await upsertProviderSettings();

/** The parsed form input, as the server action hands it over. */
function addition(name: string, effectiveDate: string, extra: Record<string, string> = {}) {
  return announceChangeInput.parse({
    type: "ADD",
    name,
    purpose: "Log analytics",
    purposeDe: "Protokollanalyse",
    dataCategories: "IP addresses\nUsage data",
    dataCategoriesDe: "IP-Adressen\nNutzungsdaten",
    location: "Paris",
    country: "FR",
    transferMechanism: "EU/EEA – no transfer",
    website: "https://logs.example",
    effectiveDate,
    note: "Better incident response.",
    noteDe: "Schnellere Reaktion auf Vorfälle.",
    ...extra,
  });
}

async function confirmedSubscriber(locale: "en" | "de" = "en") {
  const email = `${uniqueName("sub").replace(/\s+/g, "-").toLowerCase()}@example.test`;
  await subscribe(visitor(), { email, locale });
  const mail = await db.outboxEmail.findFirstOrThrow({
    where: { toAddress: email },
    orderBy: { createdAt: "desc" },
  });
  const token = /\/subscriptions\/confirm\/([A-Za-z0-9_-]{43})/.exec(outboxBody(mail))![1]!;
  expect(await confirmSubscription(visitor(), token)).toBe("valid");
  const row = await db.subscriber.findUniqueOrThrow({ where: { email } });
  return { ...row, unsubscribeToken: openUnsubscribeToken(row.id, row.unsubscribeTokenSealed) };
}

async function pendingSubscriber() {
  const email = `${uniqueName("pending").replace(/\s+/g, "-").toLowerCase()}@example.test`;
  await subscribe(visitor(), { email, locale: "en" });
  return email;
}

const noticesFor = (changeId: string) =>
  db.outboxEmail.findMany({ where: { idempotencyKey: { startsWith: `subprocessor-change:${changeId}:` } } });

async function snapshot() {
  return {
    subprocessors: await db.subprocessor.count(),
    changes: await db.subprocessorChange.count(),
    updates: await db.trustUpdate.count(),
    outbox: await db.outboxEmail.count(),
    ending: await db.subprocessor.count({ where: { activeUntil: { not: null } } }),
  };
}

let sink: SmtpSink;
beforeAll(async () => {
  sink = await startSmtpSink();
});
afterAll(async () => {
  await sink.close();
});

describe("announcing a change notifies confirmed subscribers through the outbox (C2, C3, S22)", () => {
  it("subscribe -> confirm -> announce: one sealed notice per confirmed subscriber in their language; pending and unsubscribed get none; SMTP receives List-Unsubscribe headers", async () => {
    const english = await confirmedSubscriber("en");
    const german = await confirmedSubscriber("de");
    const pending = await pendingSubscriber();
    const gone = await confirmedSubscriber("en");
    await unsubscribeByToken(visitor(), gone.unsubscribeToken, "page");
    const staff = await createUser({ staffRoles: ["CONTENT"] });
    const ctx = await signedIn(staff);

    const name = uniqueName("Logbook SAS");
    const result = await announceSubprocessorChange(ctx, addition(name, "2026-04-09"));

    const notices = await noticesFor(result.changeId);
    const activeCount = await db.subscriber.count({
      where: { confirmedAt: { not: null }, unsubscribedAt: null },
    });
    expect(result.subscribersNotified).toBe(activeCount);
    expect(notices).toHaveLength(activeCount);
    expect(new Set(notices.map((n) => n.toAddress)).size, "one per subscriber").toBe(notices.length);
    const to = (address: string) => notices.filter((n) => n.toAddress === address);
    expect(to(english.email)).toHaveLength(1);
    expect(to(german.email)).toHaveLength(1);
    expect(to(pending)).toHaveLength(0);
    expect(to(gone.email)).toHaveLength(0);

    const englishNotice = to(english.email)[0]!;
    expect(englishNotice).toMatchObject({
      sensitive: true,
      idempotencyKey: `subprocessor-change:${result.changeId}:${english.id}`,
    });
    expect(englishNotice.subject).toBe(`Subprocessor change: New subprocessor: ${name} (from 9 April 2026)`);
    expect(englishNotice.textBody, "sealed at rest").not.toContain(name);
    expect(outboxBody(englishNotice)).toContain(
      `http://localhost:3000/en/subscriptions/unsubscribe/${english.unsubscribeToken}`,
    );
    expect(outboxHeaders(englishNotice)).toEqual({
      "List-Unsubscribe": `<http://localhost:3000/api/subscriptions/unsubscribe?token=${english.unsubscribeToken}>`,
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    });
    const germanNotice = to(german.email)[0]!;
    expect(germanNotice.subject).toContain("Änderung der Unterauftragsverarbeiter");
    expect(outboxBody(germanNotice)).toContain("Zweck: Protokollanalyse");

    const delivered = await deliverPendingEmails(
      smtpTransport(sink.url, "Article28 <no-reply@localhost>", "http://localhost:3000"),
    );
    expect(delivered.failed).toBe(0);
    const received = sink.accepted.filter(
      (m) => m.rcptTo.includes(english.email) && /Subprocessor change/.test(m.subject ?? ""),
    );
    expect(received).toHaveLength(1);
    const headers = parseHeaders(received[0]!.raw);
    expect(headers.get("list-unsubscribe")).toBe(
      `<http://localhost:3000/api/subscriptions/unsubscribe?token=${english.unsubscribeToken}>`,
    );
    expect(headers.get("list-unsubscribe-post")).toBe("List-Unsubscribe=One-Click");
    expect(
      sink.accepted.filter((m) => m.rcptTo.includes(pending) && /Subprocessor change/.test(m.subject ?? "")),
    ).toHaveLength(0);
    const sent = await db.outboxEmail.findUniqueOrThrow({ where: { id: englishNotice.id } });
    expect(sent.status).toBe("SENT");
    expect(JSON.stringify(sent), "the unsubscribe token is erased after delivery").not.toContain(
      english.unsubscribeToken,
    );
  });

  it("records the change, its public update and an audit event in the provider chain, in one go", async () => {
    const staff = await createUser({ staffRoles: ["PRIVACY"] });
    const ctx = await signedIn(staff);
    const name = uniqueName("Audit Co");
    const { changeId } = await announceSubprocessorChange(ctx, addition(name, "2026-04-20"));
    const change = await db.subprocessorChange.findUniqueOrThrow({
      where: { id: changeId },
      include: { subprocessor: true },
    });
    expect(change).toMatchObject({
      type: "ADD",
      announcedById: staff.id,
      note: "Better incident response.",
      noteDe: "Schnellere Reaktion auf Vorfälle.",
    });
    expect(change.effectiveDate.toISOString()).toBe("2026-04-20T00:00:00.000Z");
    expect(change.subprocessor).toMatchObject({
      name,
      country: "FR",
      dataCategories: ["IP addresses", "Usage data"],
      activeUntil: null,
    });
    expect(change.subprocessor.activeFrom.toISOString()).toBe("2026-04-20T00:00:00.000Z");
    const update = await db.trustUpdate.findFirstOrThrow({ where: { title: `New subprocessor: ${name}` } });
    expect(update).toMatchObject({
      topic: "SUBPROCESSOR",
      path: "/subprocessors",
      titleDe: `Neuer Unterauftragsverarbeiter: ${name}`,
    });
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { action: "trust.subprocessor.change_announced", targetId: changeId },
    });
    expect(audit).toMatchObject({
      chain: "provider",
      actorUserId: staff.id,
      actorLabel: staff.email,
      targetType: "SubprocessorChange",
    });
    expect(audit.metadata).toMatchObject({
      type: "ADD",
      subprocessor: name,
      effectiveDate: "2026-04-20",
      noticeDays: 41,
      shorterNotice: false,
    });
  });

  it("retrying never duplicates a notice: the idempotency key is per change and subscriber", async () => {
    const subscriber = await confirmedSubscriber();
    const ctx = await signedIn(await createUser({ staffRoles: ["CONTENT"] }));
    const { changeId } = await announceSubprocessorChange(
      ctx,
      addition(uniqueName("Once Ltd"), "2026-04-15"),
    );
    const { enqueueEmailBatch } = await import("../../mail/outbox.ts");
    const again = await db.$transaction((tx) =>
      enqueueEmailBatch(tx, [
        {
          idempotencyKey: `subprocessor-change:${changeId}:${subscriber.id}`,
          to: subscriber.email,
          subject: "dup",
          text: "dup",
          sensitive: true,
        },
      ]),
    );
    expect(again).toBe(0);
    expect((await noticesFor(changeId)).filter((n) => n.toAddress === subscriber.email)).toHaveLength(1);
  });
});

describe("one-click unsubscribe (RFC 8058)", () => {
  /**
   * What /api/subscriptions/unsubscribe answers a mail provider's server: the route's handler with an
   * anonymous context, a refusal written as the route wrapper writes it (definePublicRoute, which skips
   * the Origin check for this route: `sameOrigin: false`).
   */
  const route =
    (handler: typeof oneClickUnsubscribe) =>
    async (request: Request): Promise<Response> => {
      try {
        return await handler(visitor(), request);
      } catch (error) {
        return errorResponse(errorOutcome(error, "en", "test"), "text");
      }
    };
  const oneClickPost = route(oneClickUnsubscribe);
  const oneClickGet = route(openUnsubscribeLink);
  const post = (
    token: string,
    body = "List-Unsubscribe=One-Click",
    contentType = "application/x-www-form-urlencoded",
  ) =>
    oneClickPost(
      new Request(`http://localhost:3000/api/subscriptions/unsubscribe?token=${token}`, {
        method: "POST",
        body,
        headers: { "content-type": contentType },
      }),
    );

  it("a POST without an Origin unsubscribes (idempotently), and the next announcement skips that subscriber", async () => {
    const leaving = await confirmedSubscriber();
    const staying = await confirmedSubscriber();
    const first = await post(leaving.unsubscribeToken);
    expect(first.status).toBe(200);
    expect(first.headers.get("cache-control")).toBe("no-store");
    expect((await post(leaving.unsubscribeToken)).status, "a second click is fine").toBe(200);
    expect(
      (await db.subscriber.findUniqueOrThrow({ where: { id: leaving.id } })).unsubscribedAt,
    ).not.toBeNull();
    const events = await db.auditEvent.findMany({
      where: { action: "trust.subscription.unsubscribed", targetId: leaving.id },
    });
    expect(events).toHaveLength(1);
    expect(events[0]!.metadata).toMatchObject({ channel: "one-click" });

    const ctx = await signedIn(await createUser({ staffRoles: ["CONTENT"] }));
    const { changeId } = await announceSubprocessorChange(
      ctx,
      addition(uniqueName("After Click"), "2026-04-30"),
    );
    const recipients = (await noticesFor(changeId)).map((n) => n.toAddress);
    expect(recipients).toContain(staying.email);
    expect(recipients).not.toContain(leaving.email);
  });

  it("accepts the multipart form RFC 8058 also allows", async () => {
    const subscriber = await confirmedSubscriber();
    const form = new FormData();
    form.set("List-Unsubscribe", "One-Click");
    const response = await oneClickPost(
      new Request(
        `http://localhost:3000/api/subscriptions/unsubscribe?token=${subscriber.unsubscribeToken}`,
        { method: "POST", body: form },
      ),
    );
    expect(response.status).toBe(200);
    expect(
      (await db.subscriber.findUniqueOrThrow({ where: { id: subscriber.id } })).unsubscribedAt,
    ).not.toBeNull();
  });

  it("refuses a wrong body, an unknown or malformed token and an oversized body, changing nothing", async () => {
    const subscriber = await confirmedSubscriber();
    expect((await post(subscriber.unsubscribeToken, "List-Unsubscribe=Yes")).status).toBe(400);
    expect((await post(subscriber.unsubscribeToken, "")).status).toBe(400);
    expect(
      (await post(subscriber.unsubscribeToken, `List-Unsubscribe=One-Click&pad=${"x".repeat(5000)}`)).status,
    ).toBe(413);
    expect((await post("C".repeat(43))).status).toBe(404);
    expect((await post("not-a-token")).status).toBe(404);
    expect(
      (await db.subscriber.findUniqueOrThrow({ where: { id: subscriber.id } })).unsubscribedAt,
    ).toBeNull();
  });

  it("a GET (someone opening the link) only redirects to the unsubscribe page, which asks first", async () => {
    const subscriber = await confirmedSubscriber();
    const response = await oneClickGet(
      new Request(`http://localhost:3000/api/subscriptions/unsubscribe?token=${subscriber.unsubscribeToken}`),
    );
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(
      `http://localhost:3000/subscriptions/unsubscribe/${subscriber.unsubscribeToken}`,
    );
    expect(
      (await db.subscriber.findUniqueOrThrow({ where: { id: subscriber.id } })).unsubscribedAt,
    ).toBeNull();
  });
});

describe("the DPA's notice period and the list's consistency", () => {
  it("refuses a date in the past, and less than 30 days' notice unless confirmed; nothing changes when refused", async () => {
    const ctx = await signedIn(await createUser({ staffRoles: ["CONTENT"] }));
    const before = await snapshot();
    await expect(
      announceSubprocessorChange(ctx, addition(uniqueName("Past"), "2026-03-09")),
    ).rejects.toMatchObject({
      code: "invalid",
      text: SUBPROCESSOR_ERRORS.effectiveDateInPast("9 March 2026"),
    });
    await expect(
      announceSubprocessorChange(ctx, addition(uniqueName("Soon"), "2026-04-08")),
    ).rejects.toMatchObject({ code: "invalid", text: SUBPROCESSOR_ERRORS.noticeTooShort(29, 30) });
    expect(await snapshot()).toEqual(before);
    const { changeId } = await announceSubprocessorChange(
      ctx,
      addition(uniqueName("Urgent"), TODAY, { shorterNotice: "on" }),
    );
    const audit = await db.auditEvent.findFirstOrThrow({ where: { targetId: changeId } });
    expect(audit.metadata).toMatchObject({ noticeDays: 0, shorterNotice: true });
  });

  it("a replacement starts the new one and ends the old one on the same day; a second stop of the same one is refused", async () => {
    const ctx = await signedIn(await createUser({ staffRoles: ["CONTENT"] }));
    const oldName = uniqueName("Old Mail Inc");
    const { changeId: addId } = await announceSubprocessorChange(
      ctx,
      addition(oldName, TODAY, { shorterNotice: "on" }),
    );
    const old = (await db.subprocessorChange.findUniqueOrThrow({ where: { id: addId } })).subprocessorId;

    const newName = uniqueName("New Mail GmbH");
    const replace = announceChangeInput.parse({
      type: "REPLACE",
      name: newName,
      purpose: "Email",
      dataCategories: "Addresses",
      location: "Nuremberg",
      country: "DE",
      transferMechanism: "EU/EEA – no transfer",
      stoppingId: old,
      effectiveDate: "2026-04-15",
    });
    const { changeId } = await announceSubprocessorChange(ctx, replace);
    const change = await db.subprocessorChange.findUniqueOrThrow({
      where: { id: changeId },
      include: { subprocessor: true, replaced: true },
    });
    expect(change).toMatchObject({ type: "REPLACE", replacedId: old, subprocessor: { name: newName } });
    expect(change.replaced!.activeUntil!.toISOString()).toBe("2026-04-15T00:00:00.000Z");
    expect(change.subprocessor.activeFrom.toISOString()).toBe("2026-04-15T00:00:00.000Z");

    const register = await loadSubprocessorRegister(clock);
    expect(register.current.map((s) => s.name)).toContain(oldName);
    expect(register.upcoming.map((s) => s.name)).toContain(newName);
    expect(register.announcedChanges.find((c) => c.id === changeId)).toMatchObject({
      replaced: { name: oldName },
    });
    const later = await loadSubprocessorRegister(fixedClock("2026-04-15T00:00:00.000Z"));
    expect(later.current.map((s) => s.name)).toContain(newName);
    expect(later.past.map((s) => s.name)).toContain(oldName);
    expect(later.pastChanges.map((c) => c.id)).toContain(changeId);

    const before = await snapshot();
    const removal = announceChangeInput.parse({
      type: "REMOVE",
      stoppingId: old,
      effectiveDate: "2026-05-01",
    });
    await expect(announceSubprocessorChange(ctx, removal)).rejects.toMatchObject({
      code: "conflict",
      text: SUBPROCESSOR_ERRORS.alreadyEnding(oldName, "15 April 2026"),
    });
    await expect(
      announceSubprocessorChange(
        ctx,
        announceChangeInput.parse({ type: "REMOVE", stoppingId: "missing", effectiveDate: "2026-05-01" }),
      ),
    ).rejects.toMatchObject({ code: "conflict", text: SUBPROCESSOR_ERRORS.stoppingGone });
    expect(await snapshot()).toEqual(before);
  });

  it("refuses to add a company that is already on the list", async () => {
    const ctx = await signedIn(await createUser({ staffRoles: ["CONTENT"] }));
    const name = uniqueName("Twice SE");
    await announceSubprocessorChange(ctx, addition(name, "2026-04-20"));
    await expect(
      announceSubprocessorChange(ctx, addition(name.toUpperCase(), "2026-05-20")),
    ).rejects.toMatchObject({ code: "conflict", text: SUBPROCESSOR_ERRORS.alreadyListed(name) });
  });

  it("the page's register, /subprocessors.json and /subprocessors.csv list the same current names", async () => {
    const ctx = await signedIn(await createUser({ staffRoles: ["CONTENT"] }));
    const nowName = uniqueName('Current, "Quoted" AG');
    const laterName = uniqueName("Later BV");
    await announceSubprocessorChange(ctx, addition(nowName, TODAY, { shorterNotice: "on" }));
    await announceSubprocessorChange(ctx, addition(laterName, "2026-05-01"));

    const register = await loadSubprocessorRegister(clock);
    const pageNames = register.current.map((s) => s.name);
    expect(pageNames).toContain(nowName);
    expect(pageNames).not.toContain(laterName);
    const json = await buildSubprocessorsDocument(clock);
    expect(json.subprocessors.map((s) => s.name)).toEqual(pageNames);
    expect(json.announcedChanges.map((c) => c.subprocessor.name)).toContain(laterName);
    expect(json.provider).toMatchObject({
      name: "Northwind Analytics",
      page: "http://localhost:3000/en/subprocessors",
    });
    expect(parseCsvRecords(await subprocessorsCsvText(clock)).map((r) => r.name)).toEqual(pageNames);
    // And the builders agree with the loaders they wrap.
    expect(subprocessorsCsv(register)).toBe(await subprocessorsCsvText(clock));
    expect(subprocessorsDocument(register, json.provider, clock.now())).toEqual(json);
  });
});

describe("who may announce and edit (S11)", () => {
  it("SUPPORT staff, customers and anonymous callers are refused, with nothing changed and the refusal audited", async () => {
    await confirmedSubscriber();
    const org = await createOrganization();
    const customer = await createUser({ memberships: [{ organizationId: org.id, role: "OWNER" }] });
    const support = await createUser({ staffRoles: ["SUPPORT"] });
    const before = await snapshot();
    const change = addition(uniqueName("Sneaky"), "2026-05-01");

    const supportCtx = await signedIn(support);
    await expect(announceSubprocessorChange(supportCtx, change)).rejects.toMatchObject({ code: "forbidden" });
    await expect(getSubprocessorStaffView(supportCtx)).rejects.toMatchObject({ code: "forbidden" });
    await expect(announceSubprocessorChange(await signedIn(customer), change)).rejects.toMatchObject({
      code: "not_found",
    });
    await expect(announceSubprocessorChange(visitor(), change)).rejects.toMatchObject({
      code: "unauthenticated",
    });
    const someone = await db.subprocessor.findFirstOrThrow();
    const hacked = {
      subprocessorId: someone.id,
      purpose: "Hacked",
      purposeDe: "",
      dataCategoriesDe: [],
      website: "",
      dpaReference: "",
    };
    await expect(editSubprocessorDetails(visitor(), hacked)).rejects.toMatchObject({
      code: "unauthenticated",
    });
    await expect(editSubprocessorDetails(supportCtx, hacked)).rejects.toMatchObject({ code: "forbidden" });

    expect(await snapshot()).toEqual(before);
    expect((await db.subprocessor.findUniqueOrThrow({ where: { id: someone.id } })).purpose).toBe(
      someone.purpose,
    );
    const denied = await db.auditEvent.findMany({
      where: { action: "authz.denied", actorUserId: { in: [support.id, customer.id] } },
    });
    expect(denied.map((e) => (e.metadata as { attempted: string }).attempted)).toContain(
      "trust.subprocessors.manage",
    );
  });

  it("CONTENT and PRIVACY staff see the staff view with subscriber counts, never addresses", async () => {
    const confirmed = await confirmedSubscriber();
    await pendingSubscriber();
    for (const role of ["CONTENT", "PRIVACY", "ADMIN"] as const) {
      const view = await getSubprocessorStaffView(await signedIn(await createUser({ staffRoles: [role] })));
      expect(view.subscribers.confirmed).toBe(
        await db.subscriber.count({ where: { confirmedAt: { not: null }, unsubscribedAt: null } }),
      );
      expect(view.subscribers.pending).toBeGreaterThan(0);
      expect(view).toMatchObject({ today: TODAY, defaultEffectiveDate: "2026-04-09", noticePeriodDays: 30 });
      expect(JSON.stringify(view)).not.toContain(confirmed.email);
    }
  });
});

describe("editing details (corrections only)", () => {
  it("saves the changed fields, audits before and after, and emails nobody", async () => {
    await confirmedSubscriber();
    const staff = await createUser({ staffRoles: ["CONTENT"] });
    const ctx = await signedIn(staff);
    const { changeId } = await announceSubprocessorChange(
      ctx,
      addition(uniqueName("Fixme SAS"), "2026-04-20"),
    );
    const { subprocessorId } = await db.subprocessorChange.findUniqueOrThrow({ where: { id: changeId } });
    const outboxBefore = await db.outboxEmail.count();

    const result = await editSubprocessorDetails(ctx, {
      subprocessorId,
      purpose: "Log analytics for incident response",
      purposeDe: "Protokollanalyse",
      dataCategoriesDe: ["IP-Adressen"],
      website: "https://logs.example",
      dpaReference: "DPA-2026-07",
    });
    expect(result.changed.sort()).toEqual(["dataCategoriesDe", "dpaReference", "purpose"]);
    expect(await db.subprocessor.findUniqueOrThrow({ where: { id: subprocessorId } })).toMatchObject({
      purpose: "Log analytics for incident response",
      dataCategoriesDe: ["IP-Adressen"],
      dpaReference: "DPA-2026-07",
      country: "FR",
    });
    expect(await db.outboxEmail.count()).toBe(outboxBefore);
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { action: "trust.subprocessor.details_edited", targetId: subprocessorId },
    });
    expect(audit).toMatchObject({ actorUserId: staff.id });
    expect(audit.metadata).toMatchObject({
      changes: { purpose: { before: "Log analytics", after: "Log analytics for incident response" } },
    });

    const same = await editSubprocessorDetails(ctx, {
      subprocessorId,
      purpose: "Log analytics for incident response",
      purposeDe: "Protokollanalyse",
      dataCategoriesDe: ["IP-Adressen"],
      website: "https://logs.example",
      dpaReference: "DPA-2026-07",
    });
    expect(same.changed).toEqual([]);
    expect(
      await db.auditEvent.count({
        where: { action: "trust.subprocessor.details_edited", targetId: subprocessorId },
      }),
    ).toBe(1);
    await expect(
      editSubprocessorDetails(ctx, {
        subprocessorId: "missing",
        purpose: "x",
        purposeDe: "",
        dataCategoriesDe: [],
        website: "",
        dpaReference: "",
      }),
    ).rejects.toMatchObject({ code: "not_found" });
  });
});
