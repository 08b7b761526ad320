import "server-only";
// What the page behind an invitation link shows. Anyone holding the link may look (the token is the
// credential); looking does not use the invitation.
import { hashToken } from "../crypto/token.ts";
import { db } from "../db/client.ts";
import type { CustomerRole } from "../generated/prisma/enums.ts";
import { systemClock, type Clock } from "../time/clock.ts";
import { invitationToken } from "./invitation-input.ts";

export type InvitationView =
  | {
      status: "valid";
      organizationName: string;
      email: string;
      role: CustomerRole;
      expiresAt: Date;
      accountExists: boolean;
    }
  | { status: "invalid" };

/** The invitation a link names, if it can still be accepted: not expired, revoked or used. */
export async function invitationForToken(token: string, clock: Clock = systemClock): Promise<InvitationView> {
  if (!invitationToken.safeParse(token).success) return { status: "invalid" };
  const invitation = await db.invitation.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      email: true,
      role: true,
      expiresAt: true,
      acceptedAt: true,
      revokedAt: true,
      organization: { select: { name: true } },
    },
  });
  if (!invitation || invitation.acceptedAt || invitation.revokedAt || invitation.expiresAt <= clock.now())
    return { status: "invalid" };
  const accountExists = (await db.user.count({ where: { email: invitation.email } })) > 0;
  return {
    status: "valid",
    organizationName: invitation.organization.name,
    email: invitation.email,
    role: invitation.role,
    expiresAt: invitation.expiresAt,
    accountExists,
  };
}
