// Signed webhook deliveries to a real receiver on loopback (SECURITY.md S22, S28): the receiver verifies
// the Standard Webhooks signature with the secret shown once at registration; a 500 is retried with
// backoff under the same webhook-id and body; a tampered body is refused by the receiver; an endpoint
// that fails a whole retry schedule is disabled and its organisation's owners and admins are emailed;
// production refuses a loopback destination at connection time.
import { afterEach, describe, expect, it } from "vitest";
import { createOrganization, createUser } from "../../prisma/factories.ts";
import { db } from "../db/client.ts";
import { contextFor } from "../testing/context.ts";
import { startWebhookReceiver, type WebhookReceiver } from "../testing/webhook-receiver.ts";
import { fixedClock } from "../time/clock.ts";
import { deliverDueWebhooks } from "./deliver.ts";
import { createEndpointInput } from "./endpoint-input.ts";
import { createWebhookEndpoint, enableWebhookEndpoint } from "./manage-endpoints.ts";
import { queueWebhookEvent } from "./queue-event.ts";
import { MAX_ATTEMPTS, retryDelayMs } from "./retry-schedule.ts";
import { verifyWebhook } from "./standard-webhooks.ts";

const receivers: WebhookReceiver[] = [];
afterEach(async () => {
  await Promise.all(receivers.splice(0).map((r) => r.close()));
});

const local = { allowPrivate: true };

async function setUp() {
  const clock = fixedClock("2027-05-03T08:00:00Z");
  const org = await createOrganization({ name: "Acme Webhooks" });
  const admin = await createUser({ memberships: [{ organizationId: org.id, role: "ADMIN" }] });
  const officer = await createUser({ memberships: [{ organizationId: org.id, role: "PRIVACY_OFFICER" }] });
  const ctx = await contextFor(admin, { clock });
  const receiver = await startWebhookReceiver(clock);
  receivers.push(receiver);
  const endpoint = await createWebhookEndpoint(
    ctx,
    createEndpointInput.parse({ slug: org.slug, url: receiver.url, "event:dsr.status_changed": "on" }),
  );
  receiver.secret = endpoint.secret;
  const emit = () =>
    db.$transaction((tx) =>
      queueWebhookEvent(
        tx,
        org.id,
        "dsr.status_changed",
        {
          requestId: "req-1",
          reference: "DSR-2027-0001",
          type: "ACCESS",
          status: "COMPLETED",
          previousStatus: "IN_PROGRESS",
          changedAt: clock.now().toISOString(),
        },
        { clock },
      ),
    );
  const deliver = (policy = local) =>
    deliverDueWebhooks({ clock, organizationId: org.id, policy, concurrency: 1 });
  return { clock, org, admin, officer, ctx, receiver, endpoint, emit, deliver };
}

describe("webhook deliveries (S28)", () => {
  it("the secret is shown once and sealed at rest; the receiver verifies the signed event", async () => {
    const { endpoint, emit, deliver, receiver } = await setUp();
    expect(endpoint.secret).toMatch(/^whsec_/);
    const row = await db.webhookEndpoint.findUniqueOrThrow({ where: { id: endpoint.id } });
    expect(row.secretSealed).not.toContain(endpoint.secret.slice(6));
    const [messageId] = await emit();
    expect(await deliver()).toEqual({ delivered: 1, failed: 0 });
    expect(receiver.received).toHaveLength(1);
    const [got] = receiver.received;
    expect(got!.verification).toMatchObject({ ok: true, id: messageId });
    expect(JSON.parse(got!.body)).toMatchObject({
      type: "dsr.status_changed",
      timestamp: "2027-05-03T08:00:00.000Z",
      data: { reference: "DSR-2027-0001", status: "COMPLETED", previousStatus: "IN_PROGRESS" },
    });
    expect(await db.webhookDelivery.findUniqueOrThrow({ where: { messageId } })).toMatchObject({
      status: "DELIVERED",
      attempts: 1,
      lastStatusCode: 204,
    });
  });

  it("a 500 is retried after the backoff with the same webhook-id and body, newly signed", async () => {
    const { clock, emit, deliver, receiver } = await setUp();
    receiver.answers = [500];
    const [messageId] = await emit();
    expect(await deliver()).toEqual({ delivered: 0, failed: 1 });
    const waiting = await db.webhookDelivery.findUniqueOrThrow({ where: { messageId } });
    expect(waiting).toMatchObject({ status: "PENDING", attempts: 1, lastStatusCode: 500 });
    expect(waiting.nextAttemptAt.getTime() - clock.now().getTime()).toBe(retryDelayMs(1));
    // Not before it is due.
    expect(await deliver()).toEqual({ delivered: 0, failed: 0 });
    clock.advance(retryDelayMs(1)!);
    expect(await deliver()).toEqual({ delivered: 1, failed: 0 });
    expect(receiver.received.map((r) => r.id)).toEqual([messageId, messageId]);
    expect(receiver.received[0]!.body).toBe(receiver.received[1]!.body);
    expect(receiver.received[0]!.timestamp).not.toBe(receiver.received[1]!.timestamp);
    expect(receiver.received.every((r) => r.verification.ok)).toBe(true);
    expect(await db.webhookDelivery.findUniqueOrThrow({ where: { messageId } })).toMatchObject({
      status: "DELIVERED",
      attempts: 2,
    });
  });

  it("a tampered body is refused by the receiver that verifies signatures", async () => {
    const { clock, emit, deliver, receiver } = await setUp();
    await emit();
    await deliver();
    const original = receiver.received[0]!;
    const tampered = original.body.replace("COMPLETED", "DECLINED");
    expect(original.verification.ok).toBe(true);
    // The genuine headers with another body, as an attacker on the path would send them.
    const headers = new Headers({
      "webhook-id": original.id!,
      "webhook-timestamp": original.timestamp!,
      "webhook-signature": original.signature!,
      "content-type": "application/json",
    });
    const response = await fetch(receiver.url, { method: "POST", headers, body: tampered });
    expect(response.status).toBe(400);
    expect(receiver.received[1]!.verification).toEqual({ ok: false, reason: "bad_signature" });
    expect(verifyWebhook(receiver.secret, headers, tampered, clock.now())).toMatchObject({ ok: false });
  });

  it("an endpoint that fails every attempt of a delivery is disabled; owners and admins are emailed", async () => {
    const { clock, org, admin, officer, ctx, endpoint, emit, deliver, receiver } = await setUp();
    receiver.answers = Array.from({ length: MAX_ATTEMPTS }, () => 500);
    const [messageId] = await emit();
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      expect(await deliver()).toEqual({ delivered: 0, failed: 1 });
      clock.advance(retryDelayMs(attempt) ?? 0);
    }
    expect(await db.webhookDelivery.findUniqueOrThrow({ where: { messageId } })).toMatchObject({
      status: "FAILED",
      attempts: MAX_ATTEMPTS,
    });
    const disabled = await db.webhookEndpoint.findUniqueOrThrow({ where: { id: endpoint.id } });
    expect(disabled.disabledAt).not.toBeNull();
    expect(disabled.disabledReason).toBe("failures");
    const emails = await db.outboxEmail.findMany({ where: { organizationId: org.id } });
    expect(emails.map((e) => e.toAddress)).toEqual([admin.email]);
    expect(emails.map((e) => e.toAddress)).not.toContain(officer.email);
    expect(emails[0]!.textBody).toContain(receiver.url);
    const audits = await db.auditEvent.findMany({
      where: { action: "webhook.endpoint.disabled", targetId: endpoint.id },
    });
    expect(audits.map((a) => a.chain).sort()).toEqual([`org:${org.id}`, "provider"]);
    expect(audits[0]!.actorLabel).toBe("system");
    // Disabled: new events are not even queued for it; enabling starts afresh.
    expect(await emit()).toEqual([]);
    await enableWebhookEndpoint(ctx, { slug: org.slug, endpointId: endpoint.id });
    expect(await db.webhookEndpoint.findUniqueOrThrow({ where: { id: endpoint.id } })).toMatchObject({
      disabledAt: null,
      consecutiveFailures: 0,
    });
    await emit();
    expect(await deliver()).toEqual({ delivered: 1, failed: 0 });
  });

  it("only enabled endpoints of the organisation that subscribed receive an event", async () => {
    const { org, emit, deliver, receiver } = await setUp();
    const other = await setUp();
    await db.webhookEndpoint.updateMany({ where: { organizationId: org.id }, data: { eventTypes: [] } });
    expect(await emit()).toEqual([]);
    await other.emit();
    await deliver();
    await other.deliver();
    expect(receiver.received).toHaveLength(0);
    expect(other.receiver.received).toHaveLength(1);
  });

  it("production refuses to connect to a loopback receiver (server-side request forgery)", async () => {
    const { emit, deliver, receiver } = await setUp();
    const [messageId] = await emit();
    expect(await deliver({ allowPrivate: false })).toEqual({ delivered: 0, failed: 1 });
    expect(receiver.received).toHaveLength(0);
    const row = await db.webhookDelivery.findUniqueOrThrow({ where: { messageId } });
    expect(row.lastError).toMatch(/private address/);
    expect(row.lastStatusCode).toBeNull();
  });
});
