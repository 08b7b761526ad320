import "server-only";
// What the incident's notice page shows (GDPR.md B2, B3): every sent phase as sent, the open follow-ups,
// and — for staff who may send — the draft of the next phase and, once the saved draft is complete, its
// preview (so the send button survives a reload).
import { authorizeStaff } from "../../auth/authorization/authorize.ts";
import { staffCan } from "../../auth/authorization/permissions.ts";
import { env } from "../../config/env.ts";
import type { Context } from "../../context/context.ts";
import { db } from "../../db/client.ts";
import { AppError } from "../../errors.ts";
import type { BreachDetermination, IncidentStatus } from "../../generated/prisma/enums.ts";
import { PROVIDER_SETTINGS_ID } from "../../provider/settings-id.ts";
import type { DeliveryKind } from "../../mail/delivery-state.ts";
import { noticeEmail, noticePortalUrl } from "./email.ts";
import {
  missingItems,
  NOTICE_ITEM_KEYS,
  pickItems,
  type NoticeItemKey,
  type NoticeItemValues,
} from "./items.ts";
import { NOTICE_MESSAGES } from "./messages.ts";
import { deliveryCountsByPhase } from "./recipient-delivery.ts";

export type SentPhase = {
  id: string;
  number: number;
  sentAt: Date;
  sentBy: string | null;
  summary: string;
  items: NoticeItemValues;
  organizations: number;
  /** What became of the phase's emails: only "accepted" ones are delivered (ADR 0016). */
  emails: Record<DeliveryKind, number>;
};
export type NoticeComposerState = {
  phaseId: string | null;
  number: number;
  summary: string;
  items: NoticeItemValues;
  organizations: number;
  /** The saved draft's email, when it is complete and can be sent. */
  preview: NoticePreview | null;
};
export type NoticeSectionView = {
  incidentId: string;
  reference: string;
  title: string;
  status: IncidentStatus;
  determination: BreachDetermination;
  isBreach: boolean;
  phases: SentPhase[];
  openFollowUps: { item: NoticeItemKey; openedInPhase: number }[];
  composer: NoticeComposerState | null;
};

const PHASE_FIELDS = {
  id: true,
  number: true,
  sentAt: true,
  sentById: true,
  summary: true,
  nature: true,
  dataSubjects: true,
  records: true,
  contactPoint: true,
  likelyConsequences: true,
  measures: true,
} as const;

export async function loadNoticeSection(ctx: Context, incidentId: string): Promise<NoticeSectionView> {
  const { actor } = await authorizeStaff(ctx, "breach.view");
  const incident = await db.incident.findUnique({
    where: { id: incidentId },
    select: { id: true, reference: true, title: true, status: true, determination: true },
  });
  if (!incident) throw new AppError("not_found");
  const [rows, followUps, organizations, emails] = await Promise.all([
    db.noticePhase.findMany({
      where: { incidentId },
      orderBy: { number: "asc" },
      select: { ...PHASE_FIELDS, _count: { select: { deliveries: true } } },
    }),
    db.noticeFollowUp.findMany({
      where: { incidentId, resolvedInPhase: null },
      orderBy: { openedInPhase: "asc" },
      select: { item: true, openedInPhase: true },
    }),
    db.incidentNotification.count({ where: { incidentId } }),
    deliveryCountsByPhase(incidentId),
  ]);
  const senders = await db.user.findMany({
    where: { id: { in: rows.flatMap((r) => (r.sentById ? [r.sentById] : [])) } },
    select: { id: true, email: true },
  });
  const sent = rows.filter((r) => r.sentAt !== null);
  const phases = sent.map((r) => ({
    id: r.id,
    number: r.number,
    sentAt: r.sentAt!,
    sentBy: senders.find((s) => s.id === r.sentById)?.email ?? null,
    summary: r.summary,
    items: pickItems(r),
    organizations: r._count.deliveries,
    emails: emails.get(r.number) ?? { failed: 0, retrying: 0, queued: 0, accepted: 0 },
  }));
  const isBreach = incident.determination === "PERSONAL_DATA_BREACH";
  const draft = rows.find((r) => r.sentAt === null) ?? null;
  const composer =
    isBreach && staffCan(actor.staffRoles, "breach.manage")
      ? await composerState(draft, sent.at(-1) ?? null, organizations)
      : null;
  if (composer && draft) {
    const outcome = await draftPreview(incidentId, ctx.clock.now());
    composer.preview = outcome.ok ? outcome.preview : null;
  }
  return {
    incidentId,
    reference: incident.reference,
    title: incident.title,
    status: incident.status,
    determination: incident.determination,
    isBreach,
    phases,
    openFollowUps: followUps.filter((f): f is { item: NoticeItemKey; openedInPhase: number } =>
      NOTICE_ITEM_KEYS.includes(f.item as NoticeItemKey),
    ),
    composer,
  };
}

type PhaseRow = { id: string; number: number; summary: string } & NoticeItemValues;

/** The draft if there is one; else the next phase, starting from the last one sent (or the DPO as contact point). */
async function composerState(
  draft: PhaseRow | null,
  lastSent: PhaseRow | null,
  organizations: number,
): Promise<NoticeComposerState> {
  if (draft)
    return {
      phaseId: draft.id,
      number: draft.number,
      summary: draft.summary,
      items: pickItems(draft),
      organizations,
      preview: null,
    };
  if (lastSent)
    return {
      phaseId: null,
      number: lastSent.number + 1,
      summary: "",
      items: pickItems(lastSent),
      organizations,
      preview: null,
    };
  const provider = await db.providerSettings.findUnique({
    where: { id: PROVIDER_SETTINGS_ID },
    select: { dpoName: true, dpoEmail: true },
  });
  const contactPoint = provider ? `${provider.dpoName}, ${provider.dpoEmail}` : "";
  return {
    phaseId: null,
    number: 1,
    summary: "",
    items: { nature: "", dataSubjects: "", records: "", contactPoint, likelyConsequences: "", measures: "" },
    organizations,
    preview: null,
  };
}

export type NoticePreview = {
  phaseId: string;
  number: number;
  organizations: number;
  organizationName: string;
  subject: string;
  text: string;
  summary: string;
  items: NoticeItemValues;
};

/** Exactly the email the saved draft produces, as the first affected organisation will receive it. */
export async function previewNoticeDraft(ctx: Context, incidentId: string): Promise<NoticePreview> {
  await authorizeStaff(ctx, "breach.manage");
  const outcome = await draftPreview(incidentId, ctx.clock.now());
  if (!outcome.ok) throw outcome.error;
  return outcome.preview;
}

type PreviewOutcome = { ok: true; preview: NoticePreview } | { ok: false; error: AppError };

/** The saved draft's email, or why there is none (no draft, items missing, nobody to notify). */
async function draftPreview(incidentId: string, now: Date): Promise<PreviewOutcome> {
  const incident = await db.incident.findUnique({
    where: { id: incidentId },
    select: { reference: true, title: true, awareAt: true },
  });
  if (!incident) return { ok: false, error: new AppError("not_found") };
  const draft = await db.noticePhase.findFirst({ where: { incidentId, sentAt: null }, select: PHASE_FIELDS });
  if (!draft) return { ok: false, error: new AppError("conflict", NOTICE_MESSAGES.noDraft) };
  const items = pickItems(draft);
  const missing = missingItems(items);
  if (missing.length > 0)
    return { ok: false, error: new AppError("invalid", NOTICE_MESSAGES.draftSavedButIncomplete(missing)) };
  const [sample, organizations, provider] = await Promise.all([
    db.incidentNotification.findFirst({
      where: { incidentId },
      orderBy: { organization: { name: "asc" } },
      select: {
        id: true,
        windowHours: true,
        deadlineAt: true,
        organization: { select: { name: true, slug: true, defaultTimeZone: true } },
      },
    }),
    db.incidentNotification.count({ where: { incidentId } }),
    db.providerSettings.findUniqueOrThrow({
      where: { id: PROVIDER_SETTINGS_ID },
      select: { displayName: true },
    }),
  ]);
  if (!sample)
    return {
      ok: false,
      error: new AppError("conflict", NOTICE_MESSAGES.noAffectedOrganizations(incident.reference)),
    };
  const email = noticeEmail({
    providerName: provider.displayName,
    reference: incident.reference,
    incidentTitle: incident.title,
    phaseNumber: draft.number,
    summary: draft.summary,
    items,
    awareAt: incident.awareAt,
    sentAt: now,
    organizationName: sample.organization.name,
    windowHours: sample.windowHours,
    deadlineAt: sample.deadlineAt,
    portalUrl: noticePortalUrl(env().APP_URL, sample.organization.slug, sample.id),
    // As the organisation's recipients without a zone of their own read it.
    timeZone: sample.organization.defaultTimeZone,
  });
  return {
    ok: true,
    preview: {
      phaseId: draft.id,
      number: draft.number,
      organizations,
      organizationName: sample.organization.name,
      ...email,
      summary: draft.summary,
      items,
    },
  };
}
