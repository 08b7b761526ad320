import "server-only";
// B8 (Art. 28(3)(f)): the evidence of one incident for one organisation — what we knew, what we sent
// and when, to whom, when each email left, the acknowledgement, the organisation's B4 record and the
// audit trail of this incident in the organisation's own chain. Built only from this organisation's
// rows (every query carries its id), so nothing of another organisation can appear. Keys are in a
// fixed order and times are UTC ISO strings: the same state always gives the same JSON.
import { db } from "../../db/client.ts";
import { authorityClock } from "../notifications/authority-clock.ts";
import { pickItems, NOTICE_ITEMS_SELECT, type NoticeItemValues } from "../notices/items.ts";

export const EVIDENCE_FORMAT = "article28.breach-evidence.v1";
/** Downloads of the pack are audited, but left out of the pack so downloading does not change it. */
export const EVIDENCE_DOWNLOADED = "breach.evidence.downloaded" as const;

export type EvidencePack = {
  format: string;
  incident: {
    reference: string;
    title: string;
    description: string;
    detectedAt: string;
    awareAt: string;
    dataCategories: string[];
    highRisk: boolean;
    dataSubjectText: string | null;
    art34Exemption: string | null;
    art34Justification: string | null;
  };
  organization: { name: string; windowHours: number; deadlineAt: string };
  phases: ({ number: number; sentAt: string; summary: string } & NoticeItemValues)[];
  deliveries: {
    phase: number;
    deliveredAt: string;
    recipients: { address: string; emailSentAt: string | null }[];
  }[];
  acknowledgement: { at: string; by: string } | null;
  authority: {
    clockStartedAt: string | null;
    deadlineAt: string | null;
    notifiedAt: string | null;
    reference: string;
    delayReason: string;
  };
  auditEvents: { action: string; at: string; actor: string }[];
};

const iso = (date: Date) => date.toISOString();
const isoOrNull = (date: Date | null) => (date ? date.toISOString() : null);

/** Null when the organisation has no notification for this incident. */
export async function buildEvidencePack(
  incidentId: string,
  organizationId: string,
): Promise<EvidencePack | null> {
  const notification = await db.incidentNotification.findFirst({
    where: { incidentId, organizationId },
    select: {
      id: true,
      windowHours: true,
      deadlineAt: true,
      firstDeliveredAt: true,
      acknowledgedAt: true,
      acknowledgedByName: true,
      authorityNotifiedAt: true,
      authorityReference: true,
      authorityDelayReason: true,
      organization: { select: { name: true } },
      incident: {
        select: {
          reference: true,
          title: true,
          description: true,
          detectedAt: true,
          awareAt: true,
          dataCategories: true,
          highRisk: true,
          dataSubjectText: true,
          art34Exemption: true,
          art34Justification: true,
          phases: {
            where: { sentAt: { not: null } },
            orderBy: { number: "asc" },
            select: { id: true, number: true, sentAt: true, summary: true, ...NOTICE_ITEMS_SELECT },
          },
        },
      },
      deliveries: {
        orderBy: [{ deliveredAt: "asc" }, { id: "asc" }],
        select: { phaseId: true, deliveredAt: true, recipients: true, phase: { select: { number: true } } },
      },
    },
  });
  if (!notification) return null;
  const { incident } = notification;
  const emailSentAt = await outboxSentTimes(organizationId, notification.deliveries);
  const clock = notification.firstDeliveredAt
    ? authorityClock(notification.firstDeliveredAt, notification.firstDeliveredAt)
    : null;
  return {
    format: EVIDENCE_FORMAT,
    incident: {
      reference: incident.reference,
      title: incident.title,
      description: incident.description,
      detectedAt: iso(incident.detectedAt),
      awareAt: iso(incident.awareAt),
      dataCategories: [...incident.dataCategories],
      highRisk: incident.highRisk,
      dataSubjectText: incident.highRisk && incident.dataSubjectText !== "" ? incident.dataSubjectText : null,
      art34Exemption: incident.highRisk ? (incident.art34Exemption ?? null) : null,
      art34Justification: incident.highRisk && incident.art34Exemption ? incident.art34Justification : null,
    },
    organization: {
      name: notification.organization.name,
      windowHours: notification.windowHours,
      deadlineAt: iso(notification.deadlineAt),
    },
    phases: incident.phases.map((p) => ({
      number: p.number,
      sentAt: iso(p.sentAt!),
      summary: p.summary,
      ...pickItems(p),
    })),
    deliveries: notification.deliveries.map((d) => ({
      phase: d.phase.number,
      deliveredAt: iso(d.deliveredAt),
      recipients: [...d.recipients].sort().map((address) => ({
        address,
        emailSentAt: emailSentAt.get(outboxKey(d.phaseId, organizationId, address)) ?? null,
      })),
    })),
    acknowledgement: notification.acknowledgedAt
      ? { at: iso(notification.acknowledgedAt), by: notification.acknowledgedByName ?? "" }
      : null,
    authority: {
      clockStartedAt: clock ? iso(clock.startedAt) : null,
      deadlineAt: clock ? iso(clock.deadlineAt) : null,
      notifiedAt: isoOrNull(notification.authorityNotifiedAt),
      reference: notification.authorityReference,
      delayReason: notification.authorityDelayReason,
    },
    auditEvents: await incidentEventsInOrganizationChain(incidentId, notification.id, organizationId),
  };
}

/** The outbox idempotency key the sender uses for one phase to one address of one organisation. */
export function outboxKey(phaseId: string, organizationId: string, address: string): string {
  return `breach:${phaseId}:${organizationId}:${address}`;
}

async function outboxSentTimes(
  organizationId: string,
  deliveries: { phaseId: string; recipients: string[] }[],
): Promise<Map<string, string>> {
  const keys = deliveries.flatMap((d) =>
    d.recipients.map((address) => outboxKey(d.phaseId, organizationId, address)),
  );
  if (keys.length === 0) return new Map();
  const rows = await db.outboxEmail.findMany({
    where: { idempotencyKey: { in: keys }, sentAt: { not: null } },
    select: { idempotencyKey: true, sentAt: true },
  });
  return new Map(rows.map((row) => [row.idempotencyKey, iso(row.sentAt!)]));
}

async function incidentEventsInOrganizationChain(
  incidentId: string,
  notificationId: string,
  organizationId: string,
) {
  const rows = await db.auditEvent.findMany({
    where: {
      chain: `org:${organizationId}`,
      organizationId,
      action: { not: EVIDENCE_DOWNLOADED },
      OR: [
        { targetType: "Incident", targetId: incidentId },
        { targetType: "IncidentNotification", targetId: notificationId },
        { metadata: { path: ["incidentId"], equals: incidentId } },
      ],
    },
    orderBy: { seq: "asc" },
    select: { action: true, createdAt: true, actorLabel: true },
  });
  return rows.map((row) => ({ action: row.action, at: iso(row.createdAt), actor: row.actorLabel }));
}
