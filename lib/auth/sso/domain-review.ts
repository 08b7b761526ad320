import "server-only";
// Provider staff decide organisations' claims to email domains for Microsoft sign-in (SECURITY.md S27,
// ADR 0014; permission sso.domains.review). Approving needs a note on how control of the domain was checked;
// refusing (also an approved claim, which withdraws it) needs a reason the organisation sees. A decision
// applies only to the state it was made on (compare-and-swap), never approves the provider's own or a
// free-mail domain, nor a domain approved for another organisation. The page shows what staff need to
// judge: who else has members with addresses at the domain, and competing claims. Every decision is
// audited in the organisation's chain and in the provider's.
import { z } from "zod";
import type { AuditEventMetadata } from "../../audit/events.ts";
import { auditEvent, recordAudit, userActor } from "../../audit/record.ts";
import type { Context, SignedInContext } from "../../context/context.ts";
import { db, type Tx } from "../../db/client.ts";
import { AppError } from "../../errors.ts";
import type { SsoDomainClaimStatus } from "../../generated/prisma/enums.ts";
import { authorizeStaff } from "../authorization/authorize.ts";
import { unclaimableDomains } from "./claimable.ts";
import { lockDomainClaims } from "./domain-claims.ts";
import { SSO_MESSAGES } from "./messages.ts";

const claimId = z.string().min(1).max(64);
const reason = (tooShort: string) => z.string().trim().min(3, tooShort).max(1000, SSO_MESSAGES.reasonTooLong);

export const approveDomainClaimInput = z.strictObject({
  claimId,
  reason: reason(SSO_MESSAGES.approvalReason),
});
export const refuseDomainClaimInput = z.strictObject({ claimId, reason: reason(SSO_MESSAGES.refusalReason) });

/** Members of one organisation whose email address is at the domain. */
export type MembersAtDomain = { organizationName: string; members: number };

export type PendingClaimView = {
  id: string;
  domain: string;
  organization: { name: string; slug: string };
  requestedBy: string | null;
  createdAt: Date;
  /** The claiming organisation's own members at the domain. */
  ownMembers: number;
  /** Other organisations with members at the domain: approving routes their sign-ins to the claimant. */
  otherOrganizations: MembersAtDomain[];
  /** Other organisations' claims on the same domain. */
  competingClaims: { organizationName: string; status: SsoDomainClaimStatus }[];
};

export type DecidedClaimView = {
  id: string;
  domain: string;
  organizationName: string;
  status: SsoDomainClaimStatus;
  reason: string | null;
  decidedAt: Date | null;
  /** Staff member's email; null when the migration that introduced claims decided it. */
  decidedBy: string | null;
};

const DECIDED_SHOWN = 200;

async function emailsOf(ids: (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  const users = await db.user.findMany({ where: { id: { in: wanted } }, select: { id: true, email: true } });
  return new Map(users.map((u) => [u.id, u.email]));
}

/** Memberships per organisation whose user's address is at `domain`. */
async function membersAt(domain: string): Promise<Map<string, number>> {
  const groups = await db.membership.groupBy({
    by: ["organizationId"],
    where: { user: { email: { endsWith: `@${domain}` } } },
    _count: { _all: true },
  });
  return new Map(groups.map((g) => [g.organizationId, g._count._all]));
}

/** Pending claims (oldest first) with what staff need to judge them, and recent decisions. */
export async function listDomainClaims(
  ctx: Context,
): Promise<{ pending: PendingClaimView[]; decided: DecidedClaimView[] }> {
  await authorizeStaff(ctx, "sso.domains.review");
  const [pendingRows, decidedRows] = await Promise.all([
    db.ssoDomainClaim.findMany({
      where: { status: "PENDING" },
      select: {
        id: true,
        domain: true,
        organizationId: true,
        requestedById: true,
        createdAt: true,
        organization: { select: { name: true, slug: true } },
      },
      orderBy: { createdAt: "asc" },
    }),
    db.ssoDomainClaim.findMany({
      where: { status: { in: ["APPROVED", "REFUSED"] } },
      select: {
        id: true,
        domain: true,
        status: true,
        decisionReason: true,
        decidedAt: true,
        decidedById: true,
        organization: { select: { name: true } },
      },
      orderBy: [{ decidedAt: "desc" }, { domain: "asc" }],
      take: DECIDED_SHOWN,
    }),
  ]);
  const emails = await emailsOf([
    ...pendingRows.map((r) => r.requestedById),
    ...decidedRows.map((r) => r.decidedById),
  ]);
  const pending = await Promise.all(
    pendingRows.map(async (row): Promise<PendingClaimView> => {
      const [members, competing] = await Promise.all([
        membersAt(row.domain),
        db.ssoDomainClaim.findMany({
          where: { domain: row.domain, id: { not: row.id }, status: { in: ["PENDING", "APPROVED"] } },
          select: { status: true, organization: { select: { name: true } } },
          orderBy: { createdAt: "asc" },
        }),
      ]);
      const others = [...members].filter(([organizationId]) => organizationId !== row.organizationId);
      const names = await db.organization.findMany({
        where: { id: { in: others.map(([id]) => id) } },
        select: { id: true, name: true },
      });
      return {
        id: row.id,
        domain: row.domain,
        organization: row.organization,
        requestedBy: row.requestedById ? (emails.get(row.requestedById) ?? null) : null,
        createdAt: row.createdAt,
        ownMembers: members.get(row.organizationId) ?? 0,
        otherOrganizations: others.map(([id, count]) => ({
          organizationName: names.find((n) => n.id === id)?.name ?? id,
          members: count,
        })),
        competingClaims: competing.map((c) => ({ organizationName: c.organization.name, status: c.status })),
      };
    }),
  );
  const decided = decidedRows.map((row): DecidedClaimView => ({
    id: row.id,
    domain: row.domain,
    organizationName: row.organization.name,
    status: row.status,
    reason: row.decisionReason,
    decidedAt: row.decidedAt,
    decidedBy: row.decidedById ? (emails.get(row.decidedById) ?? null) : null,
  }));
  return { pending, decided };
}

type ClaimDecision = { domain: string; organizationName: string };

async function loadClaim(tx: Tx, id: string) {
  const claim = await tx.ssoDomainClaim.findUnique({
    where: { id },
    select: {
      id: true,
      domain: true,
      status: true,
      organizationId: true,
      organization: { select: { name: true } },
    },
  });
  if (!claim) throw new AppError("not_found");
  return claim;
}

/** Moves the claim from `from` to the decision; fails when someone decided it meanwhile. */
async function decide(
  tx: Tx,
  ctx: SignedInContext,
  claim: { id: string; status: SsoDomainClaimStatus },
  status: "APPROVED" | "REFUSED",
  reason: string,
): Promise<void> {
  const updated = await tx.ssoDomainClaim.updateMany({
    where: { id: claim.id, status: claim.status },
    data: { status, decidedAt: ctx.clock.now(), decidedById: ctx.actor.userId, decisionReason: reason },
  });
  if (updated.count !== 1) throw new AppError("conflict", SSO_MESSAGES.claimDecidedMeanwhile);
}

/** Audits a decision in the organisation's chain and in the provider's. */
async function auditBoth<A extends "sso.domain.approved" | "sso.domain.refused">(
  tx: Tx,
  ctx: SignedInContext,
  claim: { id: string; organizationId: string },
  action: A,
  metadata: AuditEventMetadata[A],
): Promise<void> {
  for (const organizationId of [claim.organizationId, null]) {
    await recordAudit(
      {
        organizationId,
        actor: userActor(ctx.actor),
        target: { type: "SsoDomainClaim", id: claim.id },
        request: ctx.request,
        ...auditEvent(action, metadata),
      },
      { tx, clock: ctx.clock },
    );
  }
}

/** Approves a pending claim: the domain's sign-ins go to the organisation's connection from now on. */
export async function approveDomainClaim(
  caller: Context,
  input: z.infer<typeof approveDomainClaimInput>,
): Promise<ClaimDecision> {
  const ctx = await authorizeStaff(caller, "sso.domains.review");
  return db.$transaction(async (tx) => {
    await lockDomainClaims(tx);
    const claim = await loadClaim(tx, input.claimId);
    if (claim.status !== "PENDING") throw new AppError("conflict", SSO_MESSAGES.noLongerPending);
    if ((await unclaimableDomains(tx, [claim.domain])).size > 0)
      throw new AppError("conflict", SSO_MESSAGES.domainsNotClaimable([claim.domain]));
    const elsewhere = await tx.ssoDomainClaim.count({
      where: { domain: claim.domain, status: "APPROVED", organizationId: { not: claim.organizationId } },
    });
    if (elsewhere > 0) throw new AppError("conflict", SSO_MESSAGES.approvedElsewhere(claim.domain));
    const members = await tx.membership.groupBy({
      by: ["organizationId"],
      where: {
        user: { email: { endsWith: `@${claim.domain}` } },
        organizationId: { not: claim.organizationId },
      },
    });
    await decide(tx, ctx, claim, "APPROVED", input.reason);
    await auditBoth(tx, ctx, claim, "sso.domain.approved", {
      organizationId: claim.organizationId,
      domain: claim.domain,
      reason: input.reason,
      otherOrganizationsWithMembers: members.length,
    });
    return { domain: claim.domain, organizationName: claim.organization.name };
  });
}

/** Refuses a pending claim, or withdraws an approved one: the domain no longer routes to the organisation. */
export async function refuseDomainClaim(
  caller: Context,
  input: z.infer<typeof refuseDomainClaimInput>,
): Promise<ClaimDecision & { previousStatus: SsoDomainClaimStatus }> {
  const ctx = await authorizeStaff(caller, "sso.domains.review");
  return db.$transaction(async (tx) => {
    await lockDomainClaims(tx);
    const claim = await loadClaim(tx, input.claimId);
    if (claim.status === "REFUSED") throw new AppError("conflict", SSO_MESSAGES.alreadyRefused);
    await decide(tx, ctx, claim, "REFUSED", input.reason);
    await auditBoth(tx, ctx, claim, "sso.domain.refused", {
      organizationId: claim.organizationId,
      domain: claim.domain,
      reason: input.reason,
      previousStatus: claim.status,
    });
    return { domain: claim.domain, organizationName: claim.organization.name, previousStatus: claim.status };
  });
}
