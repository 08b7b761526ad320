import "server-only";
// One breach notification as its organisation sees it. First the key facts, as the email gives them:
// what happened, when the processor detected it and became aware of it, the processor's contractual
// deadline, and whether and when the notice reached the organisation (per recipient: accepted by a mail
// server, queued, retrying or failed; ADR 0016). Then every sent phase (never drafts), the contact point,
// the organisation's own 72-hour clock (B4) and, for high-risk breaches, the text for data subjects or
// the recorded exemption (B6).
import { customerCan } from "../../auth/authorization/permissions.ts";
import type { Context } from "../../context/context.ts";
import { db } from "../../db/client.ts";
import type { Art34Exemption } from "../../generated/prisma/enums.ts";
import { PROVIDER_SETTINGS_ID } from "../../provider/settings-id.ts";
import { organizationDelivery, type RecipientDelivery } from "../notices/recipient-delivery.ts";
import { pickItems, NOTICE_ITEMS_SELECT, type NoticeItemValues } from "../notices/items.ts";
import { authorityClock, type AuthorityClock } from "./authority-clock.ts";
import { authorizeNotification } from "./notification-access.ts";
import { reachedAt, reachedBy } from "./reached.ts";

export type SentPhase = { number: number; sentAt: Date; summary: string; items: NoticeItemValues };

export type DataSubjectCommunication =
  | { kind: "text"; text: string }
  | { kind: "exemption"; exemption: Art34Exemption; justification: string }
  | { kind: "pending" };

export type NotificationDetail = {
  id: string;
  organization: { slug: string; name: string };
  incident: {
    reference: string;
    title: string;
    highRisk: boolean;
    detectedAt: Date;
    awareAt: Date;
    /** "Nature of the breach" of the latest phase that gives it; null while not yet known. */
    nature: string | null;
  };
  /** The processor's contractual window and deadline (awareness + window). */
  windowHours: number;
  deadlineAt: Date;
  firstSentAt: Date;
  firstDeliveredAt: Date | null;
  /** When and how the notice first reached the organisation; null while every email is still queued. */
  reached: { at: Date; by: "email" | "acknowledgement"; inTime: boolean } | null;
  /** Each recipient of the latest phase and what became of its email. */
  recipients: RecipientDelivery[];
  phases: SentPhase[];
  contactPoint: string | null;
  processorContact: { name: string; dpoName: string; dpoEmail: string; securityEmail: string } | null;
  /** The controller's 72-hour clock; null until the notice reached the organisation. */
  clock: AuthorityClock | null;
  authority: { notifiedAt: Date | null; timeZone: string; reference: string; delayReason: string };
  /** `byName` is null when the name was not recorded. */
  acknowledgement: { at: Date; byName: string | null } | null;
  /** B6, only for high-risk breaches. */
  dataSubjects: DataSubjectCommunication | null;
  canRespond: boolean;
};

export async function getBreachNotification(
  ctx: Context,
  slug: string,
  notificationId: string,
): Promise<NotificationDetail> {
  const {
    ctx: org,
    notificationId: id,
    incidentId,
  } = await authorizeNotification(ctx, slug, notificationId, "org.breaches.view");
  const row = await db.incidentNotification.findFirstOrThrow({
    where: { id, organizationId: org.organizationId },
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
      incident: {
        select: {
          reference: true,
          title: true,
          detectedAt: true,
          awareAt: true,
          highRisk: true,
          dataSubjectText: true,
          art34Exemption: true,
          art34Justification: true,
          phases: {
            where: { sentAt: { not: null } },
            orderBy: { number: "asc" },
            select: { number: true, sentAt: true, summary: true, ...NOTICE_ITEMS_SELECT },
          },
        },
      },
    },
  });
  const [provider, deliveries] = await Promise.all([
    db.providerSettings.findUnique({
      where: { id: PROVIDER_SETTINGS_ID },
      select: { displayName: true, dpoName: true, dpoEmail: true, securityEmail: true },
    }),
    organizationDelivery(incidentId, org.organizationId),
  ]);
  const phases = row.incident.phases.map((p) => ({
    number: p.number,
    sentAt: p.sentAt!,
    summary: p.summary,
    items: pickItems(p),
  }));
  const reached = reachedAt(row);
  const latestPhase = deliveries[0]?.phase;
  return {
    id: row.id,
    organization: { slug: org.slug, name: org.name },
    incident: {
      reference: row.incident.reference,
      title: row.incident.title,
      highRisk: row.incident.highRisk,
      detectedAt: row.incident.detectedAt,
      awareAt: row.incident.awareAt,
      nature: phases.findLast((p) => p.items.nature !== null)?.items.nature ?? null,
    },
    windowHours: row.windowHours,
    deadlineAt: row.deadlineAt,
    firstSentAt: row.firstSentAt!,
    firstDeliveredAt: row.firstDeliveredAt,
    reached: reached
      ? { at: reached, by: reachedBy(row)!, inTime: reached.getTime() <= row.deadlineAt.getTime() }
      : null,
    recipients: deliveries.filter((d) => d.phase === latestPhase),
    phases,
    contactPoint: phases.findLast((p) => p.items.contactPoint !== null)?.items.contactPoint ?? null,
    processorContact: provider
      ? {
          name: provider.displayName,
          dpoName: provider.dpoName,
          dpoEmail: provider.dpoEmail,
          securityEmail: provider.securityEmail,
        }
      : null,
    clock: reached ? authorityClock(reached, ctx.clock.now()) : null,
    authority: {
      notifiedAt: row.authorityNotifiedAt,
      timeZone: row.authorityTimeZone,
      reference: row.authorityReference,
      delayReason: row.authorityDelayReason,
    },
    acknowledgement: row.acknowledgedAt ? { at: row.acknowledgedAt, byName: row.acknowledgedByName } : null,
    dataSubjects: row.incident.highRisk ? dataSubjectCommunication(row.incident) : null,
    canRespond: customerCan(org.role, "org.breaches.respond"),
  };
}

function dataSubjectCommunication(incident: {
  dataSubjectText: string;
  art34Exemption: Art34Exemption | null;
  art34Justification: string;
}): DataSubjectCommunication {
  if (incident.dataSubjectText.trim() !== "") return { kind: "text", text: incident.dataSubjectText };
  if (incident.art34Exemption)
    return {
      kind: "exemption",
      exemption: incident.art34Exemption,
      justification: incident.art34Justification,
    };
  return { kind: "pending" };
}
