// Queueing an event for an organisation's webhook endpoints (the outbox, written in the caller's
// transaction, so the event exists exactly when the change that caused it does). One delivery row per
// enabled endpoint subscribed to the type, with a message id (`webhook-id`) of its own that every retry
// repeats and the exact body every attempt sends. The delivery job (lib/jobs/webhook-jobs.ts) sends
// them; call requestWebhookDelivery() after the commit to send at once rather than within a minute.
//
// Body (Standard Webhooks): { "type": "<event type>", "timestamp": "<ISO time>", "data": { ... } }.
import { randomBytes } from "node:crypto";
import type { Tx } from "../db/client.ts";
import { systemClock, type Clock } from "../time/clock.ts";
import type { WebhookEventPayloads, WebhookEventType } from "./event-types.ts";

export function newMessageId(): string {
  return `msg_${randomBytes(16).toString("base64url")}`;
}

export function eventBody<T extends WebhookEventType>(
  type: T,
  payload: WebhookEventPayloads[T],
  at: Date,
): string {
  return JSON.stringify({ type, timestamp: at.toISOString(), data: payload });
}

/**
 * Queues `payload` as event `type` for every enabled endpoint of the organisation that subscribed to it
 * (or only `endpointId`, subscribed or not: the test event). Returns the message ids queued.
 */
export async function queueWebhookEvent<T extends WebhookEventType>(
  tx: Tx,
  organizationId: string,
  type: T,
  payload: WebhookEventPayloads[T],
  options: { clock?: Clock; endpointId?: string } = {},
): Promise<string[]> {
  const now = (options.clock ?? systemClock).now();
  const endpoints = await tx.webhookEndpoint.findMany({
    where: options.endpointId
      ? { id: options.endpointId, organizationId, disabledAt: null }
      : { organizationId, disabledAt: null, eventTypes: { has: type } },
    select: { id: true },
  });
  if (endpoints.length === 0) return [];
  const body = eventBody(type, payload, now);
  const rows = endpoints.map((endpoint) => ({
    endpointId: endpoint.id,
    organizationId,
    messageId: newMessageId(),
    eventType: type,
    body,
    nextAttemptAt: now,
    createdAt: now,
  }));
  await tx.webhookDelivery.createMany({ data: rows });
  return rows.map((row) => row.messageId);
}
