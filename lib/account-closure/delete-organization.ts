import "server-only";
// Deletes an organisation from Article28 in one transaction (D4; ADR 0024) and says what it removed and
// what the provider keeps. Removed: members and their access (memberships; the accounts of people who
// belong to no other organisation and are not staff, with their sessions, credentials and links),
// invitations, SSO set-up, API keys and webhooks, data-subject requests with their tasks, packages and
// routed public-form messages, the organisation's breach notifications and delivery records, its emails,
// retention overrides, exports, and the organisation itself. Kept, as the provider's own evidence:
// the sent notice phases (per incident, immutable), a summary of which breach was notified when (in the
// certificate), the provider's audit chain, legal holds and their refusals, retention evidence, and the
// organisation's audit chain until the audit pruning removes it like any chain (13 months after its newest
// event; `AuditEvent` is never touched here).
import { chainFor } from "../audit/hash.ts";
import type { Tx } from "../db/client.ts";

export type RemovedCount = { entity: string; records: number };
export type NotifiedBreach = {
  incident: string;
  phases: number[];
  firstSentAt: string | null;
  firstDeliveredAt: string | null;
  acknowledgedAt: string | null;
};
export type DeletedOrganization = {
  removed: RemovedCount[];
  breaches: NotifiedBreach[];
  auditChain: { chain: string; events: number; newestAt: string | null };
};

const iso = (value: Date | null) => (value ? value.toISOString() : null);

export async function deleteOrganization(tx: Tx, organizationId: string): Promise<DeletedOrganization> {
  const org = { organizationId };
  const removed: RemovedCount[] = [];
  const count = (entity: string, records: number) => removed.push({ entity, records });

  // The provider's evidence of breach notification, summarised before the rows go.
  const notifications = await tx.incidentNotification.findMany({
    where: org,
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      firstSentAt: true,
      firstDeliveredAt: true,
      acknowledgedAt: true,
      incident: { select: { reference: true } },
      deliveries: { select: { phase: { select: { number: true } } } },
    },
  });
  const breaches = notifications.map((n) => ({
    incident: n.incident.reference,
    phases: n.deliveries.map((d) => d.phase.number).sort((a, b) => a - b),
    firstSentAt: iso(n.firstSentAt),
    firstDeliveredAt: iso(n.firstDeliveredAt),
    acknowledgedAt: iso(n.acknowledgedAt),
  }));
  const chain = chainFor(organizationId);
  const [events, newest] = await Promise.all([
    tx.auditEvent.count({ where: { chain } }),
    tx.auditEvent.findFirst({ where: { chain }, orderBy: { seq: "desc" }, select: { createdAt: true } }),
  ]);

  // People: accounts that exist only for this organisation go with it.
  const members = await tx.membership.findMany({
    where: org,
    select: {
      userId: true,
      user: { select: { _count: { select: { memberships: true, staffRoles: true } } } },
    },
  });
  const onlyHere = members
    .filter((m) => m.user._count.memberships === 1 && m.user._count.staffRoles === 0)
    .map((m) => m.userId);
  count("members", members.length);
  count("invitations", (await tx.invitation.deleteMany({ where: org })).count);

  // Requests and their results (tasks, deadline changes, comments, packages cascade).
  const requests = await tx.dataSubjectRequest.findMany({ where: org, select: { id: true } });
  const requestIds = requests.map((r) => r.id);
  count(
    "public-form messages",
    (await tx.directRequest.deleteMany({ where: { routedRequestId: { in: requestIds } } })).count,
  );
  count("data-subject request tasks", await tx.dsrTask.count({ where: { requestId: { in: requestIds } } }));
  count("data-subject requests", (await tx.dataSubjectRequest.deleteMany({ where: org })).count);

  // Breach notifications to this organisation (the phases themselves belong to the incident and stay).
  count(
    "breach notice deliveries",
    (
      await tx.noticeDelivery.deleteMany({
        where: { notificationId: { in: notifications.map((n) => n.id) } },
      })
    ).count,
  );
  count("breach notifications", (await tx.incidentNotification.deleteMany({ where: org })).count);
  count("incident links", (await tx.incidentOrganization.deleteMany({ where: org })).count);

  count("emails", (await tx.outboxEmail.deleteMany({ where: org })).count);
  count("webhook deliveries", (await tx.webhookDelivery.deleteMany({ where: org })).count);
  count("webhook endpoints", (await tx.webhookEndpoint.deleteMany({ where: org })).count);
  count("API keys", (await tx.apiKey.deleteMany({ where: org })).count);
  count("retention overrides", (await tx.retentionOverride.deleteMany({ where: org })).count);
  count("exports", (await tx.organizationExport.deleteMany({ where: org })).count);
  count("SSO sign-in requests", (await tx.ssoAuthRequest.deleteMany({ where: org })).count);
  count("SSO domain claims", (await tx.ssoDomainClaim.deleteMany({ where: org })).count);
  count("SSO connections", (await tx.ssoConnection.deleteMany({ where: org })).count);
  count("connected-system links", (await tx.organizationSystem.deleteMany({ where: org })).count);
  // Memberships, reference counters and what else hangs on the organisation cascade with it.
  await tx.organization.delete({ where: { id: organizationId } });
  await tx.oneTimeToken.deleteMany({ where: { userId: { in: onlyHere } } });
  count("user accounts", (await tx.user.deleteMany({ where: { id: { in: onlyHere } } })).count);
  count("organisation", 1);

  return {
    removed,
    breaches,
    auditChain: { chain, events, newestAt: iso(newest?.createdAt ?? null) },
  };
}
