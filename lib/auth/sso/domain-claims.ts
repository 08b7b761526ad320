import "server-only";
// An organisation's claims to email domains for Microsoft sign-in (SECURITY.md S27, ADR 0014). Listing a
// domain in the SSO settings only asks for it: the claim waits (PENDING) until provider staff approve it
// (lib/auth/sso/domain-review.ts), and only APPROVED claims route sign-ins and admit just-in-time members.
// The provider's own and free-mail domains are refused at once; a domain approved for another
// organisation cannot be asked for. Removing a domain from the list withdraws its claim.
import { recordAudit, userActor } from "../../audit/record.ts";
import type { Tx } from "../../db/client.ts";
import { db } from "../../db/client.ts";
import { AppError } from "../../errors.ts";
import type { SsoDomainClaimStatus } from "../../generated/prisma/enums.ts";
import type { OrgContext } from "../authorization/authorize.ts";
import { unclaimableDomains } from "./claimable.ts";
import { SSO_MESSAGES } from "./messages.ts";

export type DomainClaimView = {
  domain: string;
  status: SsoDomainClaimStatus;
  /** Staff's reason (how control was checked, or why it was refused). */
  reason: string | null;
  decidedAt: Date | null;
};

/** One writer of domain claims at a time: organisations saving their list, staff deciding. */
export async function lockDomainClaims(tx: Tx): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended('sso-domain-claims', 0))`;
}

/** The organisation's claims, by domain. */
export async function domainClaimsOf(organizationId: string): Promise<DomainClaimView[]> {
  const rows = await db.ssoDomainClaim.findMany({
    where: { organizationId },
    select: { domain: true, status: true, decisionReason: true, decidedAt: true },
    orderBy: { domain: "asc" },
  });
  return rows.map((r) => ({
    domain: r.domain,
    status: r.status,
    reason: r.decisionReason,
    decidedAt: r.decidedAt,
  }));
}

/** The organisation's approved domains (the ones its connection serves). */
export async function approvedDomainsOf(client: Tx | typeof db, organizationId: string): Promise<string[]> {
  const rows = await client.ssoDomainClaim.findMany({
    where: { organizationId, status: "APPROVED" },
    select: { domain: true },
    orderBy: { domain: "asc" },
  });
  return rows.map((r) => r.domain);
}

/**
 * Makes the organisation's claims match the listed `domains` (inside the caller's transaction, which holds
 * the domain lock): new domains become PENDING claims, domains no longer listed are withdrawn, the others
 * keep their state. Refuses the whole list if one of them can never be claimed or is approved elsewhere.
 */
export async function syncDomainClaims(
  tx: Tx,
  ctx: OrgContext,
  domains: readonly string[],
): Promise<{ requested: string[]; withdrawn: string[] }> {
  const unclaimable = await unclaimableDomains(tx, domains);
  if (unclaimable.size > 0)
    throw new AppError("invalid", SSO_MESSAGES.domainsNotClaimable([...unclaimable.keys()]));
  const taken = await tx.ssoDomainClaim.findMany({
    where: { domain: { in: [...domains] }, status: "APPROVED", organizationId: { not: ctx.organizationId } },
    select: { domain: true },
    orderBy: { domain: "asc" },
  });
  if (taken.length > 0) throw new AppError("conflict", SSO_MESSAGES.domainsTaken(taken.map((t) => t.domain)));

  const existing = await tx.ssoDomainClaim.findMany({
    where: { organizationId: ctx.organizationId },
    select: { domain: true },
  });
  const had = new Set(existing.map((c) => c.domain));
  const requested = domains.filter((d) => !had.has(d));
  const withdrawn = [...had].filter((d) => !domains.includes(d)).sort();
  if (withdrawn.length > 0)
    await tx.ssoDomainClaim.deleteMany({
      where: { organizationId: ctx.organizationId, domain: { in: withdrawn } },
    });
  if (requested.length > 0)
    await tx.ssoDomainClaim.createMany({
      data: requested.map((domain) => ({
        organizationId: ctx.organizationId,
        domain,
        requestedById: ctx.actor.userId,
      })),
    });
  // In the organisation's chain and in the provider's, where staff review claims.
  for (const organizationId of [ctx.organizationId, null]) {
    const base = {
      organizationId,
      actor: userActor(ctx.actor),
      target: { type: "Organization", id: ctx.organizationId },
      request: ctx.request,
    };
    if (requested.length > 0)
      await recordAudit(
        {
          ...base,
          action: "sso.domain.claimed",
          metadata: { organizationId: ctx.organizationId, domains: requested },
        },
        { tx, clock: ctx.clock },
      );
    if (withdrawn.length > 0)
      await recordAudit(
        {
          ...base,
          action: "sso.domain.withdrawn",
          metadata: { organizationId: ctx.organizationId, domains: withdrawn },
        },
        { tx, clock: ctx.clock },
      );
  }
  return { requested, withdrawn };
}
