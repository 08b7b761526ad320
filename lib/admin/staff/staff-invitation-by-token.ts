import "server-only";
// What the page behind a staff invitation link shows. Anyone holding the link may look (the token is the
// credential); looking does not use the invitation.
import { hashToken } from "../../crypto/token.ts";
import { db } from "../../db/client.ts";
import type { StaffRole } from "../../generated/prisma/enums.ts";
import { invitationToken } from "../../organizations/invitation-input.ts";
import { systemClock, type Clock } from "../../time/clock.ts";

export type StaffInvitationView =
  | { status: "valid"; email: string; role: StaffRole; expiresAt: Date; accountExists: boolean }
  | { status: "invalid" };

/** The staff invitation a link names, if it can still be accepted: not expired, revoked or used. */
export async function staffInvitationForToken(
  token: string,
  clock: Clock = systemClock,
): Promise<StaffInvitationView> {
  if (!invitationToken.safeParse(token).success) return { status: "invalid" };
  const invitation = await db.staffInvitation.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { email: true, role: true, expiresAt: true, acceptedAt: true, revokedAt: true },
  });
  if (!invitation || invitation.acceptedAt || invitation.revokedAt || invitation.expiresAt <= clock.now())
    return { status: "invalid" };
  const accountExists = (await db.user.count({ where: { email: invitation.email } })) > 0;
  return {
    status: "valid",
    email: invitation.email,
    role: invitation.role,
    expiresAt: invitation.expiresAt,
    accountExists,
  };
}
