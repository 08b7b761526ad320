import "server-only";
// An organisation's webhook endpoints (S28; permission org.api.manage: owners and admins): register one
// (the destination guard decides whether the URL may be called; the signing secret is returned once and
// sealed at rest), remove it, enable it again after the worker disabled it, and send it a test event.
// Each change is audited in the organisation's chain and the provider's. Foreign ids answer not_found.
import { auditEvent, userActor } from "../audit/record.ts";
import { authorizeOrgBySlug, type OrgContext } from "../auth/authorization/authorize.ts";
import type { Context } from "../context/context.ts";
import { db } from "../db/client.ts";
import { AppError } from "../errors.ts";
import { auditInOrganizationAndProvider } from "../api/audit.ts";
import type { CreateEndpointInput } from "./endpoint-input.ts";
import { sealEndpointSecret } from "./endpoint-secret.ts";
import { WEBHOOK_MESSAGES } from "./messages.ts";
import { checkWebhookUrl } from "./outbound-address.ts";
import { queueWebhookEvent } from "./queue-event.ts";
import { newWebhookSecret } from "./standard-webhooks.ts";

export const MAX_ENDPOINTS = 10;

const auditWho = (org: OrgContext) => ({
  organizationId: org.organizationId,
  actor: userActor(org.actor),
  request: org.request,
  clock: org.clock,
});

/** A new endpoint; `secret` is the only time the signing secret leaves the server in clear. */
export async function createWebhookEndpoint(
  ctx: Context,
  input: CreateEndpointInput,
): Promise<{ id: string; url: string; secret: string }> {
  const org = await authorizeOrgBySlug(ctx, input.slug, "org.api.manage");
  const verdict = await checkWebhookUrl(input.url);
  if (!verdict.ok) {
    const reasons = {
      private_address: WEBHOOK_MESSAGES.privateAddress,
      unresolvable: WEBHOOK_MESSAGES.unresolvable,
      not_https: WEBHOOK_MESSAGES.notHttps,
    };
    throw new AppError("invalid", reasons[verdict.reason]);
  }
  const secret = newWebhookSecret();
  const id = await db.$transaction(async (tx) => {
    // Serialises creations per organisation, so the limit holds under concurrent submits.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`webhook-endpoints:${org.organizationId}`}, 0))`;
    const existing = await tx.webhookEndpoint.count({ where: { organizationId: org.organizationId } });
    if (existing >= MAX_ENDPOINTS) throw new AppError("conflict", WEBHOOK_MESSAGES.tooMany(MAX_ENDPOINTS));
    const row = await tx.webhookEndpoint.create({
      data: {
        organizationId: org.organizationId,
        url: input.url,
        eventTypes: input.eventTypes,
        secretSealed: "",
        createdById: org.actor.userId,
        createdByLabel: org.actor.email,
        createdAt: org.clock.now(),
      },
      select: { id: true },
    });
    await tx.webhookEndpoint.update({
      where: { id: row.id },
      data: { secretSealed: sealEndpointSecret(row.id, secret) },
    });
    await auditInOrganizationAndProvider(
      tx,
      auditWho(org),
      auditEvent("webhook.endpoint.created", {
        url: input.url,
        eventTypes: input.eventTypes,
        organizationId: org.organizationId,
      }),
      { type: "WebhookEndpoint", id: row.id },
    );
    return row.id;
  });
  return { id, url: input.url, secret };
}

/** The endpoint of the caller's organisation, or not_found. */
async function ownEndpoint(ctx: Context, input: { slug: string; endpointId: string }) {
  const org = await authorizeOrgBySlug(ctx, input.slug, "org.api.manage");
  const endpoint = await db.webhookEndpoint.findFirst({
    where: { id: input.endpointId, organizationId: org.organizationId },
    select: { id: true, url: true, disabledAt: true },
  });
  if (!endpoint) throw new AppError("not_found");
  return { org, endpoint };
}

/** Removes the endpoint and its delivery log; nothing more is sent to it. */
export async function deleteWebhookEndpoint(
  ctx: Context,
  input: { slug: string; endpointId: string },
): Promise<{ url: string }> {
  const { org, endpoint } = await ownEndpoint(ctx, input);
  await db.$transaction(async (tx) => {
    await tx.webhookEndpoint.deleteMany({ where: { id: endpoint.id, organizationId: org.organizationId } });
    await auditInOrganizationAndProvider(
      tx,
      auditWho(org),
      auditEvent("webhook.endpoint.deleted", { url: endpoint.url, organizationId: org.organizationId }),
      { type: "WebhookEndpoint", id: endpoint.id },
    );
  });
  return { url: endpoint.url };
}

/** Enables an endpoint the worker disabled; its failure count starts again. */
export async function enableWebhookEndpoint(
  ctx: Context,
  input: { slug: string; endpointId: string },
): Promise<{ url: string }> {
  const { org, endpoint } = await ownEndpoint(ctx, input);
  await db.$transaction(async (tx) => {
    const { count } = await tx.webhookEndpoint.updateMany({
      where: { id: endpoint.id, organizationId: org.organizationId, disabledAt: { not: null } },
      data: { disabledAt: null, disabledReason: null, consecutiveFailures: 0 },
    });
    if (count === 0) throw new AppError("conflict", WEBHOOK_MESSAGES.notDisabled);
    await auditInOrganizationAndProvider(
      tx,
      auditWho(org),
      auditEvent("webhook.endpoint.enabled", { url: endpoint.url, organizationId: org.organizationId }),
      { type: "WebhookEndpoint", id: endpoint.id },
    );
  });
  return { url: endpoint.url };
}

/** Queues a "webhook.test" event for this endpoint alone; the caller requests delivery after. */
export async function sendTestEvent(
  ctx: Context,
  input: { slug: string; endpointId: string },
): Promise<{ messageId: string }> {
  const { org, endpoint } = await ownEndpoint(ctx, input);
  if (endpoint.disabledAt) throw new AppError("conflict", WEBHOOK_MESSAGES.disabled);
  return db.$transaction(async (tx) => {
    const [messageId] = await queueWebhookEvent(
      tx,
      org.organizationId,
      "webhook.test",
      { endpointId: endpoint.id, message: WEBHOOK_MESSAGES.testMessage },
      { clock: org.clock, endpointId: endpoint.id },
    );
    if (!messageId) throw new AppError("conflict", WEBHOOK_MESSAGES.disabled);
    await auditInOrganizationAndProvider(
      tx,
      auditWho(org),
      auditEvent("webhook.test.queued", { url: endpoint.url, messageId, organizationId: org.organizationId }),
      { type: "WebhookEndpoint", id: endpoint.id },
    );
    return { messageId };
  });
}
