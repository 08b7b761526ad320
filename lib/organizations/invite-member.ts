import "server-only";
// Inviting someone to join an organisation with a role (S11, S12, S17): OWNER/ADMIN invite (an owner
// invitation only by an OWNER). How the invitation is made, limited and emailed: ./issue-invitation.ts.
import { authorizeOrgBySlug } from "../auth/authorization/authorize.ts";
import type { Context } from "../context/context.ts";
import { db } from "../db/client.ts";
import { AppError } from "../errors.ts";
import type { InviteInput } from "./invitation-input.ts";
import { issueInvitation } from "./issue-invitation.ts";
import { ORGANIZATION_MESSAGES } from "./messages.ts";

/** Invites `email`; a new invitation to the same address replaces the earlier ones (their links stop working). */
export async function inviteMember(
  ctx: Context,
  input: InviteInput,
): Promise<{ email: string; expiresAt: Date }> {
  const org = await authorizeOrgBySlug(ctx, input.organization, "org.members.manage");
  if (input.role === "OWNER" && org.role !== "OWNER")
    throw new AppError("forbidden", ORGANIZATION_MESSAGES.onlyOwnerInvitesOwner);
  const alreadyMember = await db.membership.count({
    where: { organizationId: org.organizationId, user: { email: input.email } },
  });
  if (alreadyMember) throw new AppError("conflict", ORGANIZATION_MESSAGES.alreadyMember(input.email));
  return issueInvitation(org, {
    organization: { id: org.organizationId, name: org.name },
    email: input.email,
    role: input.role,
    replaces: "same-email",
  });
}
