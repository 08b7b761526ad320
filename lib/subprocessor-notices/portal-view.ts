import "server-only";
// The organisation's subprocessor page in the portal (org.subprocessors.view: every member): its notices
// with their windows and answers, and the subprocessors that apply to it now with their authorisation
// (authorised-at.ts). Who may answer: OWNER, ADMIN, PRIVACY_OFFICER, and not while the organisation is being
// closed. The provider's staff are named as the provider, never by name.
import { authorizeOrgBySlug, type OrgContext } from "../auth/authorization/authorize.ts";
import { customerCan } from "../auth/authorization/permissions.ts";
import type { Context } from "../context/context.ts";
import { db } from "../db/client.ts";
import type {
  SubprocessorAuthorisation,
  SubprocessorChangeType,
  SubprocessorNoticeStatus,
  SubprocessorObjectionOutcome,
} from "../generated/prisma/enums.ts";
import { authorisedSubprocessorsAt, type AppliedSubprocessor } from "./authorised-at.ts";
import { awaitsDelivery } from "./window.ts";

export type PortalNoticeAnswer = {
  status: SubprocessorNoticeStatus;
  outcome: SubprocessorObjectionOutcome | null;
  text: string;
  /** null: the provider (staff or the deemed-acceptance job). */
  byName: string | null;
  at: Date;
};

export type PortalNotice = {
  id: string;
  type: SubprocessorChangeType;
  subprocessor: {
    name: string;
    purpose: string;
    purposeDe: string;
    dataCategories: string[];
    dataCategoriesDe: string[];
    location: string;
    country: string;
    transferMechanism: string;
  };
  replacedName: string | null;
  effectiveDate: Date;
  notifiedAt: Date;
  mode: SubprocessorAuthorisation;
  noticeDays: number;
  windowEndsAt: Date | null;
  /** GENERAL, unanswered and no email accepted yet: the window has not opened (GDPR.md C1). */
  awaitsDelivery: boolean;
  status: SubprocessorNoticeStatus;
  /** The answers this member may give now (empty: none). */
  answers: ("object" | "accept" | "approve" | "refuse")[];
  history: PortalNoticeAnswer[];
};

export type PortalSubprocessorsView = {
  ctx: OrgContext;
  slug: string;
  closing: boolean;
  /** The member's role answers notices (OWNER, ADMIN, PRIVACY_OFFICER) and the organisation is not closing. */
  mayRespond: boolean;
  mode: SubprocessorAuthorisation;
  noticeDays: number;
  notices: PortalNotice[];
  applied: AppliedSubprocessor[];
};

const SUBPROCESSOR_SELECT = {
  name: true,
  purpose: true,
  purposeDe: true,
  dataCategories: true,
  dataCategoriesDe: true,
  location: true,
  country: true,
  transferMechanism: true,
} as const;

export async function portalSubprocessorsView(ctx: Context, slug: string): Promise<PortalSubprocessorsView> {
  const org = await authorizeOrgBySlug(ctx, slug, "org.subprocessors.view");
  const now = org.clock.now();
  const organization = await db.organization.findUniqueOrThrow({
    where: { id: org.organizationId },
    select: { subprocessorAuthorisation: true, subprocessorNoticeDays: true },
  });
  const closing = org.closing;
  const mayRespond = !closing && customerCan(org.role, "org.subprocessors.respond") && !org.actor.apiKey;
  const rows = await db.subprocessorNotice.findMany({
    where: { organizationId: org.organizationId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 100,
    select: {
      id: true,
      mode: true,
      noticeDays: true,
      windowEndsAt: true,
      deliveredAt: true,
      status: true,
      createdAt: true,
      change: {
        select: {
          type: true,
          effectiveDate: true,
          subprocessor: { select: SUBPROCESSOR_SELECT },
          replaced: { select: { name: true } },
        },
      },
      answers: {
        orderBy: [{ at: "asc" }, { id: "asc" }],
        select: { status: true, outcome: true, text: true, byName: true, byProvider: true, at: true },
      },
    },
  });
  const notices = rows.map((n): PortalNotice => {
    const open =
      mayRespond &&
      n.status === "NOTIFIED" &&
      n.change.type !== "REMOVE" &&
      (n.windowEndsAt === null || n.windowEndsAt > now);
    return {
      id: n.id,
      type: n.change.type,
      subprocessor: n.change.subprocessor,
      replacedName: n.change.replaced?.name ?? null,
      effectiveDate: n.change.effectiveDate,
      notifiedAt: n.createdAt,
      mode: n.mode,
      noticeDays: n.noticeDays,
      windowEndsAt: n.windowEndsAt,
      awaitsDelivery: awaitsDelivery({ ...n, type: n.change.type }),
      status: n.status,
      answers: !open ? [] : n.mode === "GENERAL" ? ["object", "accept"] : ["approve", "refuse"],
      history: n.answers.map((a) => ({
        status: a.status,
        outcome: a.outcome,
        text: a.text,
        byName: a.byProvider ? null : a.byName,
        at: a.at,
      })),
    };
  });
  return {
    ctx: org,
    slug: org.slug,
    closing,
    mayRespond,
    mode: organization.subprocessorAuthorisation,
    noticeDays: organization.subprocessorNoticeDays,
    notices,
    applied: await authorisedSubprocessorsAt(db, org.organizationId, now),
  };
}
