// The organisation's controller API set-up (S28): its keys (name, scopes, prefix, use; never the key or
// its hash), its webhook endpoints (never the signing secret) and their deliveries (event, outcome).
import { afterId, columns, defineEntity, pagesById } from "../entity.ts";

export const apiKeysEntity = defineEntity({
  name: "api-keys",
  title: "API keys",
  about:
    "The organisation's keys for the controller API (the keys themselves and their hashes are never exported).",
  columns: columns({
    id: "the key's id",
    name: "its name",
    scopes: "what it may do",
    prefix: "its first characters, to tell keys apart",
    rate_limit_per_minute: "requests per minute before the API answers 429",
    created_by: "who created it",
    created_at: "when (UTC)",
    last_used_at: "when it was last used (UTC, to the minute)",
    revoked_at: "when it was revoked (UTC)",
    revoked_by: "who revoked it",
  }),
  count: ({ tx, organizationId }) => tx.apiKey.count({ where: { organizationId } }),
  pages: ({ tx, organizationId, pageSize }) =>
    pagesById(
      pageSize,
      (after, take) =>
        tx.apiKey.findMany({
          where: { organizationId, ...afterId(after) },
          orderBy: { id: "asc" },
          take,
          select: {
            id: true,
            name: true,
            scopes: true,
            prefix: true,
            rateLimitPerMinute: true,
            createdByLabel: true,
            createdAt: true,
            lastUsedAt: true,
            revokedAt: true,
            revokedByLabel: true,
          },
        }),
      (k) => ({
        id: k.id,
        name: k.name,
        scopes: k.scopes,
        prefix: k.prefix,
        rate_limit_per_minute: k.rateLimitPerMinute,
        created_by: k.createdByLabel,
        created_at: k.createdAt,
        last_used_at: k.lastUsedAt,
        revoked_at: k.revokedAt,
        revoked_by: k.revokedByLabel,
      }),
    ),
});

export const webhookEndpointsEntity = defineEntity({
  name: "webhook-endpoints",
  title: "Webhook endpoints",
  about: "The organisation's endpoints for signed status events (the signing secrets are never exported).",
  columns: columns({
    id: "the endpoint's id",
    url: "its HTTPS address",
    event_types: "the events it receives",
    created_by: "who added it",
    created_at: "when (UTC)",
    consecutive_failures: "failed attempts since the last success",
    disabled_at: "when it was disabled (UTC)",
    disabled_reason: "failures or manual",
  }),
  count: ({ tx, organizationId }) => tx.webhookEndpoint.count({ where: { organizationId } }),
  pages: ({ tx, organizationId, pageSize }) =>
    pagesById(
      pageSize,
      (after, take) =>
        tx.webhookEndpoint.findMany({
          where: { organizationId, ...afterId(after) },
          orderBy: { id: "asc" },
          take,
          select: {
            id: true,
            url: true,
            eventTypes: true,
            createdByLabel: true,
            createdAt: true,
            consecutiveFailures: true,
            disabledAt: true,
            disabledReason: true,
          },
        }),
      (e) => ({
        id: e.id,
        url: e.url,
        event_types: e.eventTypes,
        created_by: e.createdByLabel,
        created_at: e.createdAt,
        consecutive_failures: e.consecutiveFailures,
        disabled_at: e.disabledAt,
        disabled_reason: e.disabledReason,
      }),
    ),
});

export const webhookDeliveriesEntity = defineEntity({
  name: "webhook-deliveries",
  title: "Webhook deliveries",
  about: "Every event sent (or to be sent) to one of the organisation's endpoints, and its outcome.",
  columns: columns({
    id: "the delivery's id",
    endpoint_id: "the endpoint (webhook-endpoints.id)",
    message_id: "the webhook-id header, the same on every attempt",
    event_type: "the event",
    status: "PENDING, DELIVERED or FAILED",
    attempts: "attempts so far",
    last_status_code: "the endpoint's last HTTP status",
    created_at: "when the event occurred (UTC)",
    delivered_at: "when the endpoint accepted it (UTC)",
  }),
  count: ({ tx, organizationId }) => tx.webhookDelivery.count({ where: { organizationId } }),
  pages: ({ tx, organizationId, pageSize }) =>
    pagesById(
      pageSize,
      (after, take) =>
        tx.webhookDelivery.findMany({
          where: { organizationId, ...afterId(after) },
          orderBy: { id: "asc" },
          take,
          select: {
            id: true,
            endpointId: true,
            messageId: true,
            eventType: true,
            status: true,
            attempts: true,
            lastStatusCode: true,
            createdAt: true,
            deliveredAt: true,
          },
        }),
      (d) => ({
        id: d.id,
        endpoint_id: d.endpointId,
        message_id: d.messageId,
        event_type: d.eventType,
        status: d.status,
        attempts: d.attempts,
        last_status_code: d.lastStatusCode,
        created_at: d.createdAt,
        delivered_at: d.deliveredAt,
      }),
    ),
});
