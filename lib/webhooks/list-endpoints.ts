import "server-only";
// The organisation's webhook endpoints with their recent deliveries (the API page's delivery log):
// never the secret, never a delivery's body.
import { authorizeOrgBySlug } from "../auth/authorization/authorize.ts";
import type { Context } from "../context/context.ts";
import { db } from "../db/client.ts";
import type { WebhookDeliveryStatus } from "../generated/prisma/enums.ts";

export const DELIVERIES_SHOWN = 10;

export type WebhookDeliverySummary = {
  id: string;
  messageId: string;
  eventType: string;
  status: WebhookDeliveryStatus;
  attempts: number;
  lastStatusCode: number | null;
  lastError: string | null;
  createdAt: Date;
  lastAttemptAt: Date | null;
  /** When the next attempt is due (pending deliveries only). */
  nextAttemptAt: Date | null;
};

export type WebhookEndpointSummary = {
  id: string;
  url: string;
  eventTypes: string[];
  createdAt: Date;
  createdBy: string;
  disabledAt: Date | null;
  disabledReason: string | null;
  consecutiveFailures: number;
  deliveries: WebhookDeliverySummary[];
};

export async function listWebhookEndpoints(ctx: Context, slug: string): Promise<WebhookEndpointSummary[]> {
  const org = await authorizeOrgBySlug(ctx, slug, "org.api.manage");
  const rows = await db.webhookEndpoint.findMany({
    where: { organizationId: org.organizationId },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      url: true,
      eventTypes: true,
      createdAt: true,
      createdByLabel: true,
      disabledAt: true,
      disabledReason: true,
      consecutiveFailures: true,
      deliveries: {
        orderBy: { createdAt: "desc" },
        take: DELIVERIES_SHOWN,
        select: {
          id: true,
          messageId: true,
          eventType: true,
          status: true,
          attempts: true,
          lastStatusCode: true,
          lastError: true,
          createdAt: true,
          lastAttemptAt: true,
          nextAttemptAt: true,
        },
      },
    },
  });
  return rows.map(({ createdByLabel, deliveries, ...row }) => ({
    ...row,
    createdBy: createdByLabel,
    deliveries: deliveries.map((d) => ({
      ...d,
      nextAttemptAt: d.status === "PENDING" ? d.nextAttemptAt : null,
    })),
  }));
}
