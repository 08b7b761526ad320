import "server-only";
// Inside the announcement's transaction (lib/trust/subprocessors/announce.ts): every organisation gets its
// own notice of the change (GDPR.md C1, C2) with the mode and notice period its DPA has now; an email per
// recipient in the outbox (keys "subprocessor-notice:<noticeId>:<address>"), the "subprocessor.notice"
// webhook event if it has endpoints subscribed, and an event in its audit chain. The portal shows the notice
// from the commit on. Under general authorisation the window opens when the first email is accepted
// (./delivered.ts); the email and the webhook name the earliest end it can have.
import { recordAuditBatch } from "../audit/record-batch.ts";
import type { AuditActor, RequestMeta } from "../audit/record.ts";
import { env } from "../config/env.ts";
import type { Tx } from "../db/client.ts";
import type { OutgoingEmail } from "../mail/outbox.ts";
import { enqueueEmailBatch } from "../mail/outbox.ts";
import { isoDate } from "../time/calendar-date.ts";
import { fixedClock } from "../time/clock.ts";
import type { ChangeNoticeFacts } from "../trust/subprocessors/change-notice.ts";
import { queueWebhookEvent } from "../webhooks/queue-event.ts";
import { noticeEmailKey } from "./email-key.ts";
import { noticeEmail } from "./notice-email.ts";
import { organizationsToNotify, type OrganizationToNotify } from "./recipients.ts";
import { windowEnd } from "./window.ts";

export type NotifiedOrganizations = { organizations: number; emails: number; webhookEvents: number };

export function portalNoticesUrl(slug: string): string {
  return new URL(`/portal/${slug}/subprocessors`, env().APP_URL).toString();
}

export async function notifyOrganizations(
  tx: Tx,
  input: {
    changeId: string;
    facts: ChangeNoticeFacts;
    providerName: string;
    announcedAt: Date;
    actor: AuditActor;
    request: RequestMeta;
    /** Already loaded by the caller for its checks (same transaction). */
    organizations?: OrganizationToNotify[];
  },
): Promise<NotifiedOrganizations> {
  const organizations = input.organizations ?? (await organizationsToNotify(tx));
  if (organizations.length === 0) return { organizations: 0, emails: 0, webhookEvents: 0 };
  const authorises = input.facts.type !== "REMOVE";
  const notices = organizations.map((org) => ({
    org,
    earliestWindowEnd: windowEnd(org.mode, input.announcedAt, org.noticeDays, authorises),
  }));
  const created = await tx.subprocessorNotice.createManyAndReturn({
    data: notices.map(({ org }) => ({
      changeId: input.changeId,
      organizationId: org.organizationId,
      mode: org.mode,
      noticeDays: org.noticeDays,
      recipients: org.recipients.map((r) => r.address),
      createdAt: input.announcedAt,
    })),
    select: { id: true, organizationId: true },
  });
  const idOf = new Map(created.map((n) => [n.organizationId, n.id]));
  const emails: OutgoingEmail[] = notices.flatMap(({ org, earliestWindowEnd }) =>
    org.recipients.map((recipient) => ({
      idempotencyKey: noticeEmailKey(idOf.get(org.organizationId)!, recipient.address),
      to: recipient.address,
      organizationId: org.organizationId,
      ...noticeEmail(
        {
          change: input.facts,
          providerName: input.providerName,
          organizationName: org.name,
          mode: org.mode,
          noticeDays: org.noticeDays,
          earliestWindowEnd,
          timeZone: org.defaultTimeZone,
          portalUrl: portalNoticesUrl(org.slug),
        },
        recipient.locale,
      ),
    })),
  );
  const emailCount = await enqueueEmailBatch(tx, emails);
  let webhookEvents = 0;
  for (const { org, earliestWindowEnd } of notices.filter((n) => n.org.hasWebhooks)) {
    const sp = input.facts.subprocessor;
    const queued = await queueWebhookEvent(
      tx,
      org.organizationId,
      "subprocessor.notice",
      {
        noticeId: idOf.get(org.organizationId)!,
        changeId: input.changeId,
        type: input.facts.type,
        subprocessor: {
          name: sp.name,
          location: sp.location,
          country: sp.country,
          processingActivity: sp.purpose,
          dataCategories: sp.dataCategories,
          transferMechanism: sp.transferMechanism,
        },
        replaced: input.facts.replacedName,
        effectiveDate: isoDate(input.facts.effectiveDate),
        mode: org.mode,
        noticeDays: org.noticeDays,
        earliestWindowEnd: earliestWindowEnd?.toISOString() ?? null,
      },
      { clock: fixedClock(input.announcedAt) },
    );
    webhookEvents += queued.length;
  }
  await recordAuditBatch(
    tx,
    notices.map(({ org }) => ({
      organizationId: org.organizationId,
      actor: input.actor,
      action: "subprocessor.notice.sent" as const,
      target: { type: "SubprocessorNotice", id: idOf.get(org.organizationId)! },
      request: input.request,
      metadata: {
        subprocessor: input.facts.subprocessor.name,
        type: input.facts.type,
        mode: org.mode,
        noticeDays: org.noticeDays,
        recipients: org.recipients.length,
      },
    })),
    fixedClock(input.announcedAt),
  );
  return { organizations: notices.length, emails: emailCount, webhookEvents };
}
