import "server-only";
// What reviewers see (trust.access.review): requests waiting first, then decided ones, each with the
// NDA evidence (version, hash, typed name, IP, time) and the state of every requested document; and
// the approved grants with their expiry, for revoking.
import { authorizeStaff } from "../../auth/authorization/authorize.ts";
import type { Context } from "../../context/context.ts";
import { db } from "../../db/client.ts";
import type { AccessGrantStatus, AccessRequestStatus, Locale } from "../../generated/prisma/enums.ts";
import { grantState, type GrantState } from "./grant-state.ts";

/**
 * Who decided a grant: a staff member (email null when the account no longer exists), an access rule
 * (domain null when the rule was deleted since), or the free-mail setting.
 */
export type GrantDecider =
  { by: "staff"; email: string | null } | { by: "rule"; domain: string | null } | { by: "free-mail" };

export type GrantView = {
  id: string;
  documentSlug: string;
  documentTitle: string;
  status: AccessGrantStatus;
  state: GrantState;
  expiresAt: Date | null;
  decidedAt: Date | null;
  /** null while pending. */
  decidedBy: GrantDecider | null;
  reason: string;
  revokedAt: Date | null;
};

export type AccessRequestView = {
  id: string;
  /** What the requester was told to quote ("AR-7F3A9-C21B0"). */
  reference: string;
  name: string;
  email: string;
  company: string;
  reason: string;
  locale: Locale;
  status: AccessRequestStatus;
  createdAt: Date;
  ip: string | null;
  userAgent: string | null;
  nda: { version: number; locale: Locale; hash: string; typedName: string; acceptedAt: Date };
  grants: GrantView[];
};

const REQUEST_SELECT = {
  id: true,
  reference: true,
  name: true,
  email: true,
  company: true,
  reason: true,
  locale: true,
  status: true,
  createdAt: true,
  ip: true,
  userAgent: true,
  ndaAcceptance: {
    select: {
      templateVersion: true,
      templateHash: true,
      typedName: true,
      acceptedAt: true,
      template: { select: { locale: true } },
    },
  },
  grants: {
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      status: true,
      expiresAt: true,
      decidedAt: true,
      decidedById: true,
      decidedByRuleId: true,
      reason: true,
      revokedAt: true,
      document: { select: { slug: true, title: true, archivedAt: true } },
    },
  },
} as const;

type RequestRow = Awaited<ReturnType<typeof loadRequests>>[number];

function loadRequests(status: AccessRequestStatus, take: number) {
  return db.accessRequest.findMany({
    where: { status },
    orderBy: { createdAt: status === "PENDING" ? "asc" : "desc" },
    take,
    select: REQUEST_SELECT,
  });
}

export async function listAccessRequests(
  ctx: Context,
): Promise<{ pending: AccessRequestView[]; decided: AccessRequestView[] }> {
  await authorizeStaff(ctx, "trust.access.review");
  const [pending, decided] = await Promise.all([loadRequests("PENDING", 200), loadRequests("DECIDED", 100)]);
  const deciders = await decidersOf([...pending, ...decided]);
  const now = ctx.clock.now();
  const view = (row: RequestRow): AccessRequestView => ({
    id: row.id,
    reference: row.reference,
    name: row.name,
    email: row.email,
    company: row.company,
    reason: row.reason,
    locale: row.locale,
    status: row.status,
    createdAt: row.createdAt,
    ip: row.ip,
    userAgent: row.userAgent,
    nda: {
      version: row.ndaAcceptance.templateVersion,
      locale: row.ndaAcceptance.template.locale,
      hash: row.ndaAcceptance.templateHash,
      typedName: row.ndaAcceptance.typedName,
      acceptedAt: row.ndaAcceptance.acceptedAt,
    },
    grants: row.grants.map((g) => ({
      id: g.id,
      documentSlug: g.document.slug,
      documentTitle: g.document.title,
      status: g.status,
      state: grantState({ ...g, documentArchived: g.document.archivedAt !== null }, now),
      expiresAt: g.expiresAt,
      decidedAt: g.decidedAt,
      decidedBy: decider(g, deciders),
      reason: g.reason,
      revokedAt: g.revokedAt,
    })),
  });
  return { pending: pending.map(view), decided: decided.map(view) };
}

function decider(
  grant: { decidedById: string | null; decidedByRuleId: string | null; decidedAt: Date | null },
  deciders: { users: Map<string, string>; rules: Map<string, string> },
): GrantDecider | null {
  if (grant.decidedById) return { by: "staff", email: deciders.users.get(grant.decidedById) ?? null };
  if (grant.decidedByRuleId) return { by: "rule", domain: deciders.rules.get(grant.decidedByRuleId) ?? null };
  return grant.decidedAt ? { by: "free-mail" } : null;
}

async function decidersOf(
  rows: RequestRow[],
): Promise<{ users: Map<string, string>; rules: Map<string, string> }> {
  const grants = rows.flatMap((r) => r.grants);
  const userIds = [...new Set(grants.map((g) => g.decidedById).filter((id): id is string => id !== null))];
  const ruleIds = [
    ...new Set(grants.map((g) => g.decidedByRuleId).filter((id): id is string => id !== null)),
  ];
  const [users, rules] = await Promise.all([
    userIds.length
      ? db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, email: true } })
      : [],
    ruleIds.length
      ? db.accessRule.findMany({ where: { id: { in: ruleIds } }, select: { id: true, domain: true } })
      : [],
  ]);
  return {
    users: new Map(users.map((u) => [u.id, u.email])),
    rules: new Map(rules.map((r) => [r.id, r.domain])),
  };
}

export type ApprovedGrantView = {
  id: string;
  requester: string;
  email: string;
  company: string;
  documentTitle: string;
  state: GrantState;
  expiresAt: Date | null;
  decidedAt: Date | null;
  revokedAt: Date | null;
};

/** Approved grants, still valid ones first (soonest expiry first), then expired or revoked ones. */
export async function listApprovedGrants(ctx: Context): Promise<ApprovedGrantView[]> {
  await authorizeStaff(ctx, "trust.access.review");
  const now = ctx.clock.now();
  const rows = await db.accessGrant.findMany({
    where: { status: "APPROVED" },
    orderBy: { decidedAt: "desc" },
    take: 300,
    select: {
      id: true,
      status: true,
      expiresAt: true,
      decidedAt: true,
      revokedAt: true,
      request: { select: { name: true, email: true, company: true } },
      document: { select: { title: true, archivedAt: true } },
    },
  });
  const views = rows.map((g) => ({
    id: g.id,
    requester: g.request.name,
    email: g.request.email,
    company: g.request.company,
    documentTitle: g.document.title,
    state: grantState({ ...g, documentArchived: g.document.archivedAt !== null }, now),
    expiresAt: g.expiresAt,
    decidedAt: g.decidedAt,
    revokedAt: g.revokedAt,
  }));
  const live = views
    .filter((v) => v.state === "approved")
    .sort((a, b) => a.expiresAt!.getTime() - b.expiresAt!.getTime());
  return [...live, ...views.filter((v) => v.state !== "approved")];
}
