// An endpoint that spent a whole retry schedule without one success is disabled by the delivery worker:
// its waiting deliveries fail, the change is audited (system actor) in the organisation's chain and the
// provider's, and the organisation's owners and admins are emailed (in the organisation's language)
// through the outbox, all in the worker's transaction.
import { auditEvent, SYSTEM_ACTOR } from "../audit/record.ts";
import { env } from "../config/env.ts";
import type { Tx } from "../db/client.ts";
import { isLocale } from "../i18n/locale.ts";
import { enqueueEmail } from "../mail/outbox.ts";
import type { Clock } from "../time/clock.ts";
import { auditInOrganizationAndProvider } from "../api/audit.ts";
import { WEBHOOK_MESSAGES } from "./messages.ts";

export async function disableFailingEndpoint(
  tx: Tx,
  endpoint: { id: string; organizationId: string; url: string },
  failures: number,
  clock: Clock,
): Promise<void> {
  const now = clock.now();
  const { count } = await tx.webhookEndpoint.updateMany({
    where: { id: endpoint.id, disabledAt: null },
    data: { disabledAt: now, disabledReason: "failures" },
  });
  if (count === 0) return;
  await tx.webhookDelivery.updateMany({
    where: { endpointId: endpoint.id, status: "PENDING" },
    data: { status: "FAILED", lastError: "endpoint disabled" },
  });
  await auditInOrganizationAndProvider(
    tx,
    { organizationId: endpoint.organizationId, actor: SYSTEM_ACTOR, clock },
    auditEvent("webhook.endpoint.disabled", {
      url: endpoint.url,
      reason: "failures",
      failures,
      organizationId: endpoint.organizationId,
    }),
    { type: "WebhookEndpoint", id: endpoint.id },
  );
  const organization = await tx.organization.findUniqueOrThrow({
    where: { id: endpoint.organizationId },
    select: {
      slug: true,
      name: true,
      defaultLanguage: true,
      memberships: {
        where: { role: { in: ["OWNER", "ADMIN"] }, user: { disabledAt: null } },
        select: { user: { select: { id: true, email: true } } },
      },
    },
  });
  const locale = isLocale(organization.defaultLanguage) ? organization.defaultLanguage : "en";
  const portalUrl = new URL(`/portal/${organization.slug}/api`, env().APP_URL).toString();
  const email = WEBHOOK_MESSAGES.disabledEmail(locale, {
    organization: organization.name,
    url: endpoint.url,
    failures,
    portalUrl,
  });
  for (const { user } of organization.memberships) {
    await enqueueEmail(tx, {
      idempotencyKey: `webhook-disabled:${endpoint.id}:${now.getTime()}:${user.id}`,
      to: user.email,
      subject: email.subject,
      text: email.text,
      organizationId: endpoint.organizationId,
    });
  }
}
