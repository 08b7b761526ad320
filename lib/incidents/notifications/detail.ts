import "server-only";
// One breach notification as its organisation sees it: every sent phase (never drafts), the contact
// point, the organisation's own 72-hour clock (B4) and, for high-risk breaches, the text for data
// subjects or the recorded exemption (B6).
import { customerCan } from "../../auth/authorization/permissions.ts";
import type { Context } from "../../context/context.ts";
import { db } from "../../db/client.ts";
import type { Art34Exemption } from "../../generated/prisma/enums.ts";
import { authorityClock, type AuthorityClock } from "./authority-clock.ts";
import { authorizeNotification } from "./notification-access.ts";
import { pickItems, NOTICE_ITEMS_SELECT, type NoticeItemValues } from "../notices/items.ts";
import { PROVIDER_SETTINGS_ID } from "../../provider/settings-id.ts";

export type SentPhase = { number: number; sentAt: Date; summary: string; items: NoticeItemValues };

export type DataSubjectCommunication =
  | { kind: "text"; text: string }
  | { kind: "exemption"; exemption: Art34Exemption; justification: string }
  | { kind: "pending" };

export type NotificationDetail = {
  id: string;
  organization: { slug: string; name: string };
  incident: { reference: string; title: string; highRisk: boolean };
  windowHours: number;
  firstDeliveredAt: Date;
  phases: SentPhase[];
  contactPoint: string | null;
  processorContact: { name: string; dpoName: string; dpoEmail: string; securityEmail: string } | null;
  clock: AuthorityClock;
  authority: { notifiedAt: Date | null; reference: string; delayReason: string };
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
  const { ctx: org, notificationId: id } = await authorizeNotification(
    ctx,
    slug,
    notificationId,
    "org.breaches.view",
  );
  const row = await db.incidentNotification.findFirstOrThrow({
    where: { id, organizationId: org.organizationId },
    select: {
      id: true,
      windowHours: true,
      firstDeliveredAt: true,
      acknowledgedAt: true,
      acknowledgedByName: true,
      authorityNotifiedAt: true,
      authorityReference: true,
      authorityDelayReason: true,
      incident: {
        select: {
          reference: true,
          title: true,
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
  const provider = await db.providerSettings.findUnique({
    where: { id: PROVIDER_SETTINGS_ID },
    select: { displayName: true, dpoName: true, dpoEmail: true, securityEmail: true },
  });
  const phases = row.incident.phases.map((p) => ({
    number: p.number,
    sentAt: p.sentAt!,
    summary: p.summary,
    items: pickItems(p),
  }));
  const firstDeliveredAt = row.firstDeliveredAt!;
  return {
    id: row.id,
    organization: { slug: org.slug, name: org.name },
    incident: {
      reference: row.incident.reference,
      title: row.incident.title,
      highRisk: row.incident.highRisk,
    },
    windowHours: row.windowHours,
    firstDeliveredAt,
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
    clock: authorityClock(firstDeliveredAt, ctx.clock.now()),
    authority: {
      notifiedAt: row.authorityNotifiedAt,
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
