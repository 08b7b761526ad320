import "server-only";
// B8 (Art. 28(3)(f)): the evidence of one incident for one organisation — what we knew, what we sent
// and when, to whom, whether and when a mail server accepted each email (ADR 0016), the acknowledgement,
// the organisation's B4 record (with the time zone its time was entered in) and the audit trail of this
// incident in the organisation's own chain. Built only from this organisation's rows (every query
// carries its id), so nothing of another organisation can appear. Keys are in a fixed order and times
// are UTC ISO strings: the same state always gives the same JSON.
import type { DeliveryKind } from "../../mail/delivery-state.ts";
import { db } from "../../db/client.ts";
import { authorityClock } from "../notifications/authority-clock.ts";
import { reachedAt, reachedBy } from "../notifications/reached.ts";
import { pickItems, NOTICE_ITEMS_SELECT, type NoticeItemValues } from "../notices/items.ts";
import { organizationDelivery, type RecipientDelivery } from "../notices/recipient-delivery.ts";

/** v2: deliveries say what became of each email (v1 called the time a phase was sent "delivered"). */
export const EVIDENCE_FORMAT = "article28.breach-evidence.v2";
/** Every time in the pack is a UTC instant; the zone a controller entered its own time in is named with it. */
export const EVIDENCE_TIME_ZONE = "UTC";
/** Downloads of the pack are audited, but left out of the pack so downloading does not change it. */
export const EVIDENCE_DOWNLOADED = "breach.evidence.downloaded" as const;

export type EvidenceRecipient = {
  address: string;
  /** accepted: an SMTP server accepted the email; otherwise it has not been delivered (yet). */
  state: DeliveryKind;
  acceptedAt: string | null;
  /** The mail server's last answer, for an email retrying or failed. */
  reason: string | null;
};

export type EvidencePack = {
  format: string;
  timeZone: string;
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
  organization: {
    name: string;
    windowHours: number;
    deadlineAt: string;
    /** First phase sent (its emails queued). */
    firstSentAt: string | null;
    /** First email accepted by a mail server for one of its recipients. */
    firstDeliveredAt: string | null;
  };
  phases: ({ number: number; sentAt: string; summary: string } & NoticeItemValues)[];
  deliveries: { phase: number; sentAt: string; recipients: EvidenceRecipient[] }[];
  acknowledgement: { at: string; by: string } | null;
  authority: {
    clockStartedAt: string | null;
    /** What started the 72-hour clock: an accepted email or the acknowledgement. */
    clockStartedBy: "email" | "acknowledgement" | null;
    deadlineAt: string | null;
    notifiedAt: string | null;
    /** The IANA zone the controller entered notifiedAt in. */
    notifiedTimeZone: string | null;
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
      firstSentAt: true,
      firstDeliveredAt: true,
      acknowledgedAt: true,
      acknowledgedByName: true,
      authorityNotifiedAt: true,
      authorityTimeZone: true,
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
        orderBy: [{ sentAt: "asc" }, { id: "asc" }],
        select: { sentAt: true, recipients: true, phase: { select: { number: true } } },
      },
    },
  });
  if (!notification) return null;
  const { incident } = notification;
  const emails = await organizationDelivery(incidentId, organizationId);
  const reached = reachedAt(notification);
  const clock = reached ? authorityClock(reached, reached) : null;
  return {
    format: EVIDENCE_FORMAT,
    timeZone: EVIDENCE_TIME_ZONE,
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
      firstSentAt: isoOrNull(notification.firstSentAt),
      firstDeliveredAt: isoOrNull(notification.firstDeliveredAt),
    },
    phases: incident.phases.map((p) => ({
      number: p.number,
      sentAt: iso(p.sentAt!),
      summary: p.summary,
      ...pickItems(p),
    })),
    deliveries: notification.deliveries.map((d) => ({
      phase: d.phase.number,
      sentAt: iso(d.sentAt),
      recipients: [...d.recipients].sort().map((address) =>
        evidenceRecipient(
          address,
          emails.find((e) => e.phase === d.phase.number && e.address === address),
        ),
      ),
    })),
    acknowledgement: notification.acknowledgedAt
      ? { at: iso(notification.acknowledgedAt), by: notification.acknowledgedByName ?? "" }
      : null,
    authority: {
      clockStartedAt: clock ? iso(clock.startedAt) : null,
      clockStartedBy: reachedBy(notification),
      deadlineAt: clock ? iso(clock.deadlineAt) : null,
      notifiedAt: isoOrNull(notification.authorityNotifiedAt),
      notifiedTimeZone: notification.authorityNotifiedAt ? notification.authorityTimeZone || "UTC" : null,
      reference: notification.authorityReference,
      delayReason: notification.authorityDelayReason,
    },
    auditEvents: await incidentEventsInOrganizationChain(incidentId, notification.id, organizationId),
  };
}

function evidenceRecipient(address: string, email: RecipientDelivery | undefined): EvidenceRecipient {
  const state = email?.state ?? { kind: "queued" as const };
  return {
    address,
    state: state.kind,
    acceptedAt: state.kind === "accepted" ? iso(state.at) : null,
    reason: state.kind === "retrying" || state.kind === "failed" ? state.reason : null,
  };
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
