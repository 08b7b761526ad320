// Requests that reach the provider from a data subject (A7/A8; S12, S20): the public form answers the
// same whatever company is named, is throttled and has a honeypot; staff route a message to a controller,
// where it is FORWARDED with no tasks until the controller instructs it (or closes it); the forwarding is
// audited; another organisation never sees it.
import { describe, expect, it } from "vitest";
import { upsertProviderSettings } from "../../prisma/factories.ts";
import { db } from "../db/client.ts";
import { DEFAULT_BRANDING } from "../provider/branding.ts";
import { PROVIDER_SETTINGS_ID } from "../provider/settings-id.ts";
import { anonymousContext, contextFor } from "../testing/context.ts";
import { fixedClock } from "../time/clock.ts";
import { getRequest } from "./detail.ts";
import { directRequestInput } from "./direct/input.ts";
import { DIRECT_CONTENT_DAYS } from "./direct/content.ts";
import { purgeDirectContent } from "./direct/purge.ts";
import { closeDirectRequest, listDirectRequests, routeDirectRequest } from "./direct/staff.ts";
import { submitDirectRequest } from "./direct/submit.ts";
import { closeNotInstructed, instructForwarded } from "./forwarded.ts";
import { listRequests } from "./list.ts";
import { accessRequest, dsrWorld } from "./testing/fixtures.ts";

const form = (company: string, email = `subject-${Math.random().toString(36).slice(2)}@example.test`) =>
  directRequestInput.parse({
    locale: "de",
    name: "Erika Mustermann",
    email,
    company,
    type: "ERASURE",
    message: "Bitte löschen Sie meine Daten.",
    website: "",
  });

describe("the public form (A7/A8, S20)", () => {
  it("A8 answers the same for a customer and for a company nobody knows; both are stored sealed; the sender gets an acknowledgement", async () => {
    const world = await dsrWorld();
    const at = fixedClock("2026-03-06T09:00:00Z");
    const customer = await submitDirectRequest(
      anonymousContext({ clock: at, request: { ip: "198.51.100.1" } }),
      form(world.own.name),
    );
    const stranger = await submitDirectRequest(
      anonymousContext({ clock: at, request: { ip: "198.51.100.2" } }),
      form("No Such Company Ltd"),
    );
    expect(customer).toEqual({ status: "received" });
    expect(stranger).toEqual(customer);
    const stored = await db.directRequest.findMany({ orderBy: { createdAt: "asc" } });
    // The first test of this file: these are the only messages.
    expect(stored).toHaveLength(2);
    expect(JSON.stringify(stored)).not.toContain("Erika");
    expect(stored.every((s) => s.routedRequestId === null && s.status === "RECEIVED")).toBe(true);
    const acks = await db.outboxEmail.findMany({
      where: { idempotencyKey: { startsWith: "dsr-direct-ack:" } },
    });
    expect(acks).toHaveLength(2);
    expect(acks[0]!.textBody).not.toContain(world.own.name);
    expect(acks[0]!.subject).toBe(acks[1]!.subject);
    expect(
      await db.auditEvent.count({ where: { action: "dsr.direct_request.received", chain: "provider" } }),
    ).toBe(2);
  });

  it("S20 a filled-in honeypot gets the same answer and stores nothing; a flood from one address is throttled", async () => {
    await dsrWorld();
    const before = await db.directRequest.count();
    const at = fixedClock("2026-03-06T09:00:00Z");
    const bot = { ...form("Acme"), website: "http://spam.example" };
    expect(
      await submitDirectRequest(anonymousContext({ clock: at, request: { ip: "198.51.100.9" } }), bot),
    ).toEqual({
      status: "received",
    });
    expect(await db.directRequest.count()).toBe(before);
    const ctx = anonymousContext({ clock: at, request: { ip: "198.51.100.10" } });
    const outcomes = [];
    for (let i = 0; i < 6; i++) outcomes.push((await submitDirectRequest(ctx, form("Acme"))).status);
    expect(outcomes).toEqual(["received", "received", "received", "received", "received", "throttled"]);
    expect(await db.directRequest.count()).toBe(before + 5);
  });

  it("the acknowledgement names the provider as its pages do, also before the provider has set a name", async () => {
    await dsrWorld();
    await upsertProviderSettings();
    const ackTo = async (displayName: string, email: string) => {
      await db.providerSettings.update({ where: { id: PROVIDER_SETTINGS_ID }, data: { displayName } });
      await submitDirectRequest(
        anonymousContext({ clock: fixedClock("2026-03-06T09:00:00Z"), request: { ip: "198.51.100.40" } }),
        form("Acme", email),
      );
      return db.outboxEmail.findFirstOrThrow({ where: { toAddress: email } });
    };
    const unnamed = await ackTo(" ", `ack-unnamed-${Math.random().toString(36).slice(2)}@example.test`);
    expect(unnamed.textBody).toContain(`Wir, ${DEFAULT_BRANDING.name}, haben`);
    const named = await ackTo("Northwind", `ack-named-${Math.random().toString(36).slice(2)}@example.test`);
    expect(named.subject).toBe("Wir haben Ihre Nachricht erhalten (Northwind)");
  });
});

describe("routing, forwarding and instruction (A7/A8)", () => {
  let routedCount = 0;
  async function routed() {
    const world = await dsrWorld({ timeZone: "UTC" });
    const at = fixedClock("2026-03-06T09:00:00Z");
    const email = `erika-${world.own.id}@example.test`;
    await submitDirectRequest(
      anonymousContext({ clock: at, request: { ip: `198.51.100.${20 + ++routedCount}` } }),
      form(world.own.name, email),
    );
    const staff = await contextFor(world.staffPrivacy, { clock: at });
    const message = (await listDirectRequests(staff)).waiting.find((m) => m.email === email);
    expect(message).toMatchObject({ name: "Erika Mustermann", company: world.own.name, type: "ERASURE" });
    const result = await routeDirectRequest(staff, { id: message!.id, organizationId: world.own.id });
    return { world, staff, message: message!, result, email };
  }

  it("A8 staff route a message: the organisation sees it FORWARDED with the subject's words, no tasks, audited in both chains", async () => {
    const { world, result, message, staff, email } = await routed();
    const owner = await contextFor(world.owner, { clock: fixedClock("2026-03-06T10:00:00Z") });
    const detail = await getRequest(owner, world.own.slug, result.requestId);
    expect(detail).toMatchObject({
      status: "FORWARDED",
      source: "FORWARDED",
      type: "ERASURE",
      subject: { email },
    });
    expect(detail.forwarded).toMatchObject({
      name: "Erika Mustermann",
      message: "Bitte löschen Sie meine Daten.",
    });
    expect(detail.tasks).toEqual([]);
    expect(await db.dsrTask.count({ where: { requestId: result.requestId } })).toBe(0);
    expect(
      (
        await db.auditEvent.findMany({
          where: { action: "dsr.request.forwarded", targetId: result.requestId },
        })
      )
        .map((e) => e.chain)
        .sort(),
    ).toEqual([`org:${world.own.id}`, "provider"]);
    expect(
      await db.outboxEmail.count({
        where: { organizationId: world.own.id, idempotencyKey: { startsWith: "dsr-forwarded:" } },
      }),
    ).toBeGreaterThan(0);
    const { handled } = await listDirectRequests(staff);
    expect(handled.find((h) => h.id === message.id)?.routedTo?.reference).toBe(result.reference);
    await expect(
      routeDirectRequest(staff, { id: message.id, organizationId: world.own.id }),
    ).rejects.toMatchObject({
      code: "conflict",
    });
    // S12: the other organisation sees nothing of it.
    const attacker = await contextFor(world.otherOwner);
    await expect(getRequest(attacker, world.own.slug, result.requestId)).rejects.toMatchObject({
      code: "not_found",
    });
    expect((await listRequests(attacker, world.other.slug)).requests).toEqual([]);
  });

  it("A7 the controller instructs it with its own receipt: deadlines counted anew and kept as history, tasks created, OPEN", async () => {
    const { world, result, email } = await routed();
    const endpoint = await db.webhookEndpoint.create({
      data: {
        organizationId: world.own.id,
        url: "https://hooks.example.test/article28",
        eventTypes: ["dsr.status_changed"],
        secretSealed: "unused",
        createdByLabel: "test",
      },
    });
    const owner = await contextFor(world.owner, { clock: fixedClock("2026-03-07T10:00:00Z") });
    const instructed = await instructForwarded(owner, world.own.slug, {
      ...accessRequest({ type: "ERASURE", subject: { email, externalId: "cust-5" } }),
      receivedAt: new Date("2026-03-07T08:00:00Z"),
      id: result.requestId,
    });
    expect(instructed).toMatchObject({ reference: result.reference, tasks: 2 });
    expect(instructed.legalDueAt).toEqual(new Date("2026-04-07T23:59:59.999Z"));
    const detail = await getRequest(owner, world.own.slug, result.requestId);
    expect(detail).toMatchObject({
      status: "OPEN",
      subject: { email, externalId: "cust-5" },
    });
    expect(detail.deadlineChanges).toMatchObject([
      {
        kind: "INSTRUCTED",
        previousDueAt: new Date("2026-04-06T23:59:59.999Z"),
        newDueAt: new Date("2026-04-07T23:59:59.999Z"),
      },
    ]);
    expect(detail.extended).toBe(false);
    expect(detail.tasks.map((t) => [t.action, t.status])).toEqual([
      ["ERASE", "PENDING"],
      ["ERASE", "PENDING"],
    ]);
    expect(detail.timeline.map((e) => e.action)).toEqual(["dsr.request.forwarded", "dsr.request.instructed"]);
    // The controller's webhook endpoints hear that the request is now OPEN (issue 12: signed status events).
    const delivery = await db.webhookDelivery.findFirstOrThrow({ where: { endpointId: endpoint.id } });
    expect(JSON.parse(delivery.body)).toMatchObject({
      type: "dsr.status_changed",
      data: { requestId: result.requestId, status: "OPEN", previousStatus: "FORWARDED" },
    });
    await expect(
      instructForwarded(owner, world.own.slug, {
        ...accessRequest({ type: "ERASURE" }),
        id: result.requestId,
      }),
    ).rejects.toMatchObject({ code: "conflict" });
  });

  it("A7 the controller may close it as not instructed: nothing ever runs; an AUDITOR may do neither", async () => {
    const { world, result } = await routed();
    const auditor = await contextFor(world.auditor);
    await expect(closeNotInstructed(auditor, world.own.slug, result.requestId)).rejects.toMatchObject({
      code: "forbidden",
    });
    await expect(
      instructForwarded(auditor, world.own.slug, {
        ...accessRequest({ type: "ERASURE" }),
        id: result.requestId,
      }),
    ).rejects.toMatchObject({ code: "forbidden" });
    const attacker = await contextFor(world.otherOwner);
    await expect(closeNotInstructed(attacker, world.own.slug, result.requestId)).rejects.toMatchObject({
      code: "not_found",
    });
    await expect(closeNotInstructed(attacker, world.other.slug, result.requestId)).rejects.toMatchObject({
      code: "not_found",
    });
    const owner = await contextFor(world.owner, { clock: fixedClock("2026-03-07T10:00:00Z") });
    await closeNotInstructed(owner, world.own.slug, result.requestId);
    const detail = await getRequest(owner, world.own.slug, result.requestId);
    expect(detail).toMatchObject({ status: "CANCELLED", notInstructed: true, subject: null });
    expect(await db.dsrTask.count({ where: { requestId: result.requestId } })).toBe(0);
    // A15: what the subject wrote goes with the decision (the next purge run), audited per message.
    await purgeDirectContent(fixedClock("2026-03-07T10:10:00Z"));
    const direct = await db.directRequest.findUniqueOrThrow({ where: { routedRequestId: result.requestId } });
    expect(direct).toMatchObject({ contentSealed: null, contentPurgedAt: new Date("2026-03-07T10:10:00Z") });
    expect(
      await db.auditEvent.count({
        where: { action: "dsr.direct_request.content_purged", targetId: direct.id, chain: "provider" },
      }),
    ).toBe(1);
  });

  it("A8 staff close a message that concerns no customer; SUPPORT may read but not act", async () => {
    const world = await dsrWorld();
    const email = `unknown-${world.own.id}@example.test`;
    await submitDirectRequest(
      anonymousContext({ request: { ip: "198.51.100.30" } }),
      form("Unknown GmbH", email),
    );
    const support = await contextFor(world.staffSupport);
    const message = (await listDirectRequests(support)).waiting.find((m) => m.email === email);
    await expect(
      closeDirectRequest(support, { id: message!.id, reason: "No customer." }),
    ).rejects.toMatchObject({
      code: "forbidden",
    });
    await closeDirectRequest(await contextFor(world.staffPrivacy), {
      id: message!.id,
      reason: "Concerns no customer.",
    });
    const closed = await db.directRequest.findUniqueOrThrow({ where: { id: message!.id } });
    expect(closed).toMatchObject({ status: "CLOSED", closedReason: "Concerns no customer." });
    // A15: kept 30 days for a follow-up, then cleared; the inbox says so instead of showing it.
    const after = (days: number) => fixedClock(new Date(closed.handledAt!.getTime() + days * 86_400_000));
    await purgeDirectContent(after(DIRECT_CONTENT_DAYS - 1));
    expect(
      (await db.directRequest.findUniqueOrThrow({ where: { id: message!.id } })).contentSealed,
    ).not.toBeNull();
    await purgeDirectContent(after(DIRECT_CONTENT_DAYS + 1));
    const handled = (await listDirectRequests(await contextFor(world.staffPrivacy))).handled.find(
      (m) => m.id === message!.id,
    );
    expect(handled).toMatchObject({ email: "", message: "", closedReason: "Concerns no customer." });
    expect(handled?.contentPurgedAt).toBeInstanceOf(Date);
    await expect(listDirectRequests(await contextFor(world.owner))).rejects.toMatchObject({
      code: "not_found",
    });
  });

  it("S11 SUPPORT may not route a message, a customer gets not_found; it stays waiting", async () => {
    const world = await dsrWorld();
    const email = `waiting-${world.own.id}@example.test`;
    await submitDirectRequest(
      anonymousContext({ request: { ip: "198.51.100.31" } }),
      form(world.own.name, email),
    );
    const support = await contextFor(world.staffSupport);
    const message = (await listDirectRequests(support)).waiting.find((m) => m.email === email)!;
    const route = { id: message.id, organizationId: world.own.id };
    await expect(routeDirectRequest(support, route)).rejects.toMatchObject({ code: "forbidden" });
    await expect(routeDirectRequest(await contextFor(world.owner), route)).rejects.toMatchObject({
      code: "not_found",
    });
    await expect(
      closeDirectRequest(await contextFor(world.owner), { id: message.id, reason: "x" }),
    ).rejects.toMatchObject({ code: "not_found" });
    expect(await db.directRequest.findUniqueOrThrow({ where: { id: message.id } })).toMatchObject({
      status: "RECEIVED",
      routedRequestId: null,
    });
    expect(await db.dataSubjectRequest.count({ where: { organizationId: world.own.id } })).toBe(0);
  });
});
