// Webhook endpoints on the portal's API page (SECURITY.md S11, S12, S17, S28): owners and admins register,
// test, enable and remove their organisation's endpoints; a privacy officer is refused; a member of
// another organisation finds nothing (404, no change, nothing queued); changes are audited in the
// organisation's chain and the provider's; the list never carries the secret.
import { describe, expect, it } from "vitest";
import { createOrganization, createUser } from "../../prisma/factories.ts";
import type { CustomerRole } from "../generated/prisma/enums.ts";
import { db } from "../db/client.ts";
import { contextFor } from "../testing/context.ts";
import { createEndpointInput } from "./endpoint-input.ts";
import { listWebhookEndpoints } from "./list-endpoints.ts";
import {
  createWebhookEndpoint,
  deleteWebhookEndpoint,
  enableWebhookEndpoint,
  MAX_ENDPOINTS,
  sendTestEvent,
} from "./manage-endpoints.ts";

async function memberOf(role: CustomerRole) {
  const org = await createOrganization();
  const user = await createUser({ memberships: [{ organizationId: org.id, role }] });
  return { org, user, ctx: await contextFor(user) };
}

const input = (slug: string, url = "http://127.0.0.1:9/hook") =>
  createEndpointInput.parse({ slug, url, "event:dsr.status_changed": "on" });

describe("webhook endpoints (S28)", () => {
  it("an admin registers an endpoint, sends a test event and removes it; all audited in both chains", async () => {
    const { org, user, ctx } = await memberOf("ADMIN");
    const created = await createWebhookEndpoint(ctx, input(org.slug));
    const [listed] = await listWebhookEndpoints(ctx, org.slug);
    expect(listed).toMatchObject({ id: created.id, eventTypes: ["dsr.status_changed"], disabledAt: null });
    expect(JSON.stringify(listed)).not.toContain(created.secret);
    const { messageId } = await sendTestEvent(ctx, { slug: org.slug, endpointId: created.id });
    const delivery = await db.webhookDelivery.findUniqueOrThrow({ where: { messageId } });
    expect(delivery).toMatchObject({ endpointId: created.id, eventType: "webhook.test", status: "PENDING" });
    expect((await listWebhookEndpoints(ctx, org.slug))[0]!.deliveries.map((d) => d.messageId)).toEqual([
      messageId,
    ]);
    await deleteWebhookEndpoint(ctx, { slug: org.slug, endpointId: created.id });
    expect(await db.webhookEndpoint.count({ where: { organizationId: org.id } })).toBe(0);
    for (const action of ["webhook.endpoint.created", "webhook.test.queued", "webhook.endpoint.deleted"]) {
      const events = await db.auditEvent.findMany({ where: { action, targetId: created.id } });
      expect(events.map((e) => e.chain).sort(), action).toEqual([`org:${org.id}`, "provider"]);
      expect(events[0]!.actorUserId).toBe(user.id);
    }
  });

  it("a privacy officer may not manage endpoints (org.api.manage: owners and admins)", async () => {
    const { org, ctx: admin } = await memberOf("OWNER");
    const created = await createWebhookEndpoint(admin, input(org.slug));
    const officer = await createUser({ memberships: [{ organizationId: org.id, role: "PRIVACY_OFFICER" }] });
    const ctx = await contextFor(officer);
    const target = { slug: org.slug, endpointId: created.id };
    await expect(listWebhookEndpoints(ctx, org.slug)).rejects.toMatchObject({ code: "forbidden" });
    await expect(createWebhookEndpoint(ctx, input(org.slug))).rejects.toMatchObject({ code: "forbidden" });
    await expect(sendTestEvent(ctx, target)).rejects.toMatchObject({ code: "forbidden" });
    await expect(deleteWebhookEndpoint(ctx, target)).rejects.toMatchObject({ code: "forbidden" });
    expect(await db.webhookEndpoint.count({ where: { organizationId: org.id } })).toBe(1);
    expect(await db.webhookDelivery.count({ where: { organizationId: org.id } })).toBe(0);
  });

  it("an admin of another organisation finds neither the organisation nor its endpoint (S12: 404, no change)", async () => {
    const victim = await memberOf("OWNER");
    const endpoint = await createWebhookEndpoint(victim.ctx, input(victim.org.slug));
    await db.webhookEndpoint.update({ where: { id: endpoint.id }, data: { disabledAt: new Date() } });
    const attacker = await memberOf("ADMIN");
    for (const slug of [victim.org.slug, attacker.org.slug]) {
      const target = { slug, endpointId: endpoint.id };
      await expect(sendTestEvent(attacker.ctx, target)).rejects.toMatchObject({ code: "not_found" });
      await expect(enableWebhookEndpoint(attacker.ctx, target)).rejects.toMatchObject({ code: "not_found" });
      await expect(deleteWebhookEndpoint(attacker.ctx, target)).rejects.toMatchObject({ code: "not_found" });
    }
    await expect(listWebhookEndpoints(attacker.ctx, victim.org.slug)).rejects.toMatchObject({
      code: "not_found",
    });
    expect(await listWebhookEndpoints(attacker.ctx, attacker.org.slug)).toEqual([]);
    const row = await db.webhookEndpoint.findUniqueOrThrow({ where: { id: endpoint.id } });
    expect(row.disabledAt).not.toBeNull();
    expect(await db.webhookDelivery.count()).toBe(0);
  });

  it("a disabled endpoint gets no test event; at most MAX_ENDPOINTS per organisation", async () => {
    const { org, ctx } = await memberOf("ADMIN");
    const first = await createWebhookEndpoint(ctx, input(org.slug));
    await db.webhookEndpoint.update({ where: { id: first.id }, data: { disabledAt: new Date() } });
    await expect(sendTestEvent(ctx, { slug: org.slug, endpointId: first.id })).rejects.toMatchObject({
      code: "conflict",
    });
    for (let i = 1; i < MAX_ENDPOINTS; i++) await createWebhookEndpoint(ctx, input(org.slug));
    await expect(createWebhookEndpoint(ctx, input(org.slug))).rejects.toMatchObject({ code: "conflict" });
  });

  it("the form takes an https URL on one line and at least one event; extra fields are refused (S13, S25)", () => {
    const ok = { slug: "x", url: "https://hooks.example.com/a28", "event:dsr.status_changed": "on" };
    expect(createEndpointInput.safeParse(ok).success).toBe(true);
    expect(createEndpointInput.safeParse({ ...ok, url: "https://hooks.example.com/\r\nX: 1" }).success).toBe(
      false,
    );
    expect(createEndpointInput.safeParse({ ...ok, url: "javascript:alert(1)" }).success).toBe(false);
    expect(createEndpointInput.safeParse({ slug: "x", url: ok.url }).success).toBe(false);
    expect(createEndpointInput.safeParse({ ...ok, "event:breach.notice_sent": "on" }).success).toBe(false);
  });
});
