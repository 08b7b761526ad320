import "server-only";
// Staff invite a new customer organisation's first owner (admin.organizations.manage), by the same
// invitation mechanism customers use (./issue-invitation.ts: rate limits, single-use link, audit). Once
// the organisation has an owner, its owners invite everyone else from the portal. A new owner invitation
// replaces any open one, so a mistyped address cannot still be accepted.
import { authorizeStaff } from "../auth/authorization/authorize.ts";
import type { Context } from "../context/context.ts";
import { db } from "../db/client.ts";
import { AppError } from "../errors.ts";
import { issueInvitation } from "./issue-invitation.ts";
import { ORGANIZATION_MESSAGES } from "./messages.ts";
import type { InviteFirstOwnerInput } from "./organization-input.ts";

export async function inviteFirstOwner(
  ctx: Context,
  input: InviteFirstOwnerInput,
): Promise<{ email: string; expiresAt: Date }> {
  const staff = await authorizeStaff(ctx, "admin.organizations.manage");
  const organization = await db.organization.findUnique({
    where: { id: input.organizationId },
    select: {
      id: true,
      name: true,
      memberships: {
        where: { OR: [{ role: "OWNER" }, { user: { email: input.email } }] },
        select: { role: true },
      },
    },
  });
  if (!organization) throw new AppError("not_found");
  if (organization.memberships.some((m) => m.role === "OWNER"))
    throw new AppError("conflict", ORGANIZATION_MESSAGES.ownerAlreadyExists);
  if (organization.memberships.length > 0)
    throw new AppError("conflict", ORGANIZATION_MESSAGES.alreadyMember(input.email));
  return issueInvitation(staff, {
    organization: { id: organization.id, name: organization.name },
    email: input.email,
    role: "OWNER",
    replaces: "same-email-and-owners",
  });
}
