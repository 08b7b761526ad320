import "server-only";
// The shared step of both ways to accept an invitation: using it (compare-and-set inside the caller's
// transaction, so exactly one acceptance wins) and auditing the acceptance and the new membership.
import { recordAudit } from "../audit/record.ts";
import type { RequestMeta } from "../context/context.ts";
import { hashToken } from "../crypto/token.ts";
import type { Tx } from "../db/client.ts";
import type { CustomerRole } from "../generated/prisma/enums.ts";
import type { Clock } from "../time/clock.ts";

export type ClaimedInvitation = {
  id: string;
  organizationId: string;
  slug: string;
  email: string;
  role: CustomerRole;
};

/** Uses the invitation inside `tx`; null if it is not valid (unknown, expired, revoked or used). */
export async function claimInvitation(
  tx: Tx,
  token: string,
  clock: Clock,
): Promise<ClaimedInvitation | null> {
  const now = clock.now();
  const invitation = await tx.invitation.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      id: true,
      organizationId: true,
      email: true,
      role: true,
      organization: { select: { slug: true } },
    },
  });
  if (!invitation) return null;
  const claimed = await tx.invitation.updateMany({
    where: { id: invitation.id, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
    data: { acceptedAt: now },
  });
  if (claimed.count !== 1) return null;
  return {
    id: invitation.id,
    organizationId: invitation.organizationId,
    slug: invitation.organization.slug,
    email: invitation.email,
    role: invitation.role,
  };
}

/** Audits the acceptance and the membership it created, as the accepting user, in the organisation's chain. */
export async function auditAccepted(
  tx: Tx,
  invitation: ClaimedInvitation,
  user: { id: string; email: string },
  audit: { request: RequestMeta; clock: Clock; newUser: boolean },
): Promise<void> {
  const base = {
    organizationId: invitation.organizationId,
    actor: { userId: user.id, label: user.email },
    request: audit.request,
  };
  await recordAudit(
    {
      ...base,
      action: "org.invitation.accepted",
      target: { type: "Invitation", id: invitation.id },
      metadata: { email: invitation.email, role: invitation.role, newUser: audit.newUser },
    },
    { tx, clock: audit.clock },
  );
  await recordAudit(
    {
      ...base,
      action: "org.member.added",
      target: { type: "User", id: user.id },
      metadata: { email: user.email, newRole: invitation.role, via: "invitation" },
    },
    { tx, clock: audit.clock },
  );
}
