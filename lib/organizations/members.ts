import "server-only";
// Managing an organisation's members (S11, S12, S13, S17): change a role, remove a member. The
// organisation always comes from the membership touched, never from the form; OWNER/ADMIN may manage,
// only an OWNER may make or unmake owners, and the last owner can be neither demoted nor removed
// (checked under a per-organisation lock, so two owners demoting each other cannot both succeed).
// Removal ends the removed user's sessions at once (S10).
import { z } from "zod";
import { recordAudit, userActor } from "../audit/record.ts";
import { requireOrgBySlug, requireOrgForRecord, type OrgContext } from "../auth/authorization/authorize.ts";
import { currentRequest } from "../auth/sessions/actor.ts";
import { ForbiddenError, NotFoundError, UserFacingError } from "../errors.ts";
import { customerCan } from "../auth/authorization/permissions.ts";
import { revokeUserSessions } from "../auth/sessions/session-store.ts";
import { db, type Tx } from "../db/client.ts";
import { CustomerRole } from "../generated/prisma/enums.ts";
import { CUSTOMER_ROLE_LABELS } from "./role-labels.ts";

export const CUSTOMER_ROLES = Object.values(CustomerRole) as [CustomerRole, ...CustomerRole[]];

const membershipId = z.string().trim().min(1).max(64);
export const changeRoleInput = z.strictObject({
  membershipId,
  role: z.enum(CUSTOMER_ROLES, "Choose a role."),
});
export const removeMemberInput = z.strictObject({ membershipId });

export type ManagedMember = {
  id: string;
  name: string;
  email: string;
  role: CustomerRole;
  since: Date;
  isViewer: boolean;
  /** Whether the viewer may change this member's role or remove them. */
  manageable: boolean;
};

export type MembersView = {
  organization: { slug: string; name: string };
  members: ManagedMember[];
  canManage: boolean;
  /** Roles the viewer may hand out (OWNER only for owners). */
  assignableRoles: CustomerRole[];
};

export function assignableRoles(viewerRole: CustomerRole): CustomerRole[] {
  if (!customerCan(viewerRole, "org.members.manage")) return [];
  return CUSTOMER_ROLES.filter((role) => role !== "OWNER" || viewerRole === "OWNER");
}

function mayManage(viewerRole: CustomerRole, targetRole: CustomerRole): boolean {
  return customerCan(viewerRole, "org.members.manage") && (targetRole !== "OWNER" || viewerRole === "OWNER");
}

export async function getMembersView(slug: string): Promise<MembersView> {
  const ctx = await requireOrgBySlug(slug, "org.members.view");
  const rows = await db.membership.findMany({
    where: { organizationId: ctx.organizationId },
    select: {
      id: true,
      role: true,
      createdAt: true,
      userId: true,
      user: { select: { name: true, email: true } },
    },
    orderBy: [{ role: "asc" }, { createdAt: "asc" }],
  });
  return {
    organization: { slug: ctx.slug, name: ctx.name },
    canManage: customerCan(ctx.role, "org.members.manage"),
    assignableRoles: assignableRoles(ctx.role),
    members: rows.map((m) => ({
      id: m.id,
      name: m.user.name,
      email: m.user.email,
      role: m.role,
      since: m.createdAt,
      isViewer: m.userId === ctx.actor.userId,
      manageable: mayManage(ctx.role, m.role),
    })),
  };
}

const organizationOfMembership = (id: string) => async () =>
  (await db.membership.findUnique({ where: { id }, select: { organizationId: true } }))?.organizationId ??
  null;

/**
 * Takes the organisation's member lock, then re-reads the actor's own role (it may have changed since
 * the request began, e.g. demoted by another owner a moment ago) and the membership touched.
 */
async function lockedMembership(tx: Tx, ctx: OrgContext, id: string) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`members:${ctx.organizationId}`}, 0))`;
  const own = await tx.membership.findUnique({
    where: { organizationId_userId: { organizationId: ctx.organizationId, userId: ctx.actor.userId } },
    select: { role: true },
  });
  if (!own) throw new NotFoundError();
  if (!customerCan(own.role, "org.members.manage")) throw new ForbiddenError();
  const membership = await tx.membership.findFirst({
    where: { id, organizationId: ctx.organizationId },
    select: { id: true, role: true, userId: true, user: { select: { email: true, name: true } } },
  });
  if (!membership) throw new NotFoundError("The member");
  return { member: membership, actorRole: own.role };
}

async function assertNotLastOwner(tx: Tx, organizationId: string, name: string, doing: string) {
  const owners = await tx.membership.count({ where: { organizationId, role: "OWNER" } });
  if (owners <= 1)
    throw new UserFacingError(
      `${name} is the last owner of this organisation and cannot be ${doing}. Make someone else an owner first.`,
    );
}

function assertMayTouchOwners(actorRole: CustomerRole, ...roles: CustomerRole[]) {
  if (roles.includes("OWNER") && actorRole !== "OWNER")
    throw new ForbiddenError("Only an owner can make someone an owner or change or remove an owner.");
}

export async function changeMemberRole(
  input: z.infer<typeof changeRoleInput>,
): Promise<{ role: CustomerRole }> {
  const ctx = await requireOrgForRecord(
    "org.members.manage",
    { type: "Membership", id: input.membershipId },
    organizationOfMembership(input.membershipId),
  );
  const request = await currentRequest();
  return db.$transaction(async (tx) => {
    const { member, actorRole } = await lockedMembership(tx, ctx, input.membershipId);
    assertMayTouchOwners(actorRole, member.role, input.role);
    if (member.role === input.role) return { role: member.role };
    if (member.role === "OWNER")
      await assertNotLastOwner(
        tx,
        ctx.organizationId,
        member.user.name,
        `made ${CUSTOMER_ROLE_LABELS[input.role].toLowerCase()}`,
      );
    await tx.membership.update({ where: { id: member.id }, data: { role: input.role } });
    await recordAudit(
      {
        organizationId: ctx.organizationId,
        actor: userActor(ctx.actor),
        action: "org.member.role_changed",
        target: { type: "Membership", id: member.id },
        request,
        metadata: {
          userId: member.userId,
          email: member.user.email,
          oldRole: member.role,
          newRole: input.role,
        },
      },
      { tx },
    );
    return { role: input.role };
  });
}

export async function removeMember(
  input: z.infer<typeof removeMemberInput>,
): Promise<{ removedSelf: boolean }> {
  const ctx = await requireOrgForRecord(
    "org.members.manage",
    { type: "Membership", id: input.membershipId },
    organizationOfMembership(input.membershipId),
  );
  const request = await currentRequest();
  const removed = await db.$transaction(async (tx) => {
    const { member, actorRole } = await lockedMembership(tx, ctx, input.membershipId);
    assertMayTouchOwners(actorRole, member.role);
    if (member.role === "OWNER")
      await assertNotLastOwner(tx, ctx.organizationId, member.user.name, "removed");
    await tx.membership.delete({ where: { id: member.id } });
    return member;
  });
  // At once, not at the next timeout: the removed user's open sessions stop working (S10).
  const sessionsRevoked = await revokeUserSessions(removed.userId, "removed_from_organization");
  await recordAudit({
    organizationId: ctx.organizationId,
    actor: userActor(ctx.actor),
    action: "org.member.removed",
    target: { type: "Membership", id: removed.id },
    request,
    metadata: { userId: removed.userId, email: removed.user.email, oldRole: removed.role, sessionsRevoked },
  });
  return { removedSelf: removed.userId === ctx.actor.userId };
}
