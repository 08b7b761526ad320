import "server-only";
// The invitations of an organisation that can still be accepted (the members page, for OWNER/ADMIN).
import { authorizeOrgBySlug } from "../auth/authorization/authorize.ts";
import type { Context } from "../context/context.ts";
import { db } from "../db/client.ts";
import type { CustomerRole } from "../generated/prisma/enums.ts";

export type PendingInvitation = {
  id: string;
  email: string;
  role: CustomerRole;
  createdAt: Date;
  expiresAt: Date;
};

export async function listPendingInvitations(ctx: Context, slug: string): Promise<PendingInvitation[]> {
  const org = await authorizeOrgBySlug(ctx, slug, "org.members.manage");
  return db.invitation.findMany({
    where: {
      organizationId: org.organizationId,
      acceptedAt: null,
      revokedAt: null,
      expiresAt: { gt: ctx.clock.now() },
    },
    select: { id: true, email: true, role: true, createdAt: true, expiresAt: true },
    orderBy: { createdAt: "desc" },
  });
}
