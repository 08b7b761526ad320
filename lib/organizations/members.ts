import "server-only";
// Managing an organisation's members (S11, S12, S13, S17): change a role, remove a member. The
// organisation always comes from the membership touched, never from the form; OWNER/ADMIN may manage,
// only an OWNER may make or unmake owners, and the last owner can be neither demoted nor removed
// (checked under a per-organisation lock, so two owners demoting each other cannot both succeed).
// Removal ends the removed user's sessions at once (S10).
import { z } from "zod";
import { recordAudit, userActor } from "../audit/record.ts";
import {
  authorizeOrgBySlug,
  authorizeOrgForRecord,
  type OrgContext,
} from "../auth/authorization/authorize.ts";
import { customerCan } from "../auth/authorization/permissions.ts";
import { revokeUserSessions } from "../auth/sessions/session-store.ts";
import type { Context } from "../context/context.ts";
import { db, type Tx } from "../db/client.ts";
import { AppError } from "../errors.ts";
import type { CustomerRole } from "../generated/prisma/enums.ts";
import { localizedSchema, type LocalizedOutput } from "../i18n/localized-schema.ts";
import type { Text } from "../i18n/text.ts";
import { assignableRoles, CUSTOMER_ROLES, mayManage } from "./customer-roles.ts";
import { ORGANIZATION_MESSAGES } from "./messages.ts";
import { controller, trackFacts } from "../records-of-processing/fact-history.ts";

const membershipId = z.string().trim().min(1).max(64);
export const changeRoleInput = localizedSchema((t) =>
  z.strictObject({ membershipId, role: z.enum(CUSTOMER_ROLES, t(ORGANIZATION_MESSAGES.chooseRole)) }),
);
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

export async function getMembersView(ctx: Context, slug: string): Promise<MembersView> {
  const org = await authorizeOrgBySlug(ctx, slug, "org.members.view");
  const rows = await db.membership.findMany({
    where: { organizationId: org.organizationId },
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
    organization: { slug: org.slug, name: org.name },
    canManage: customerCan(org.role, "org.members.manage"),
    assignableRoles: assignableRoles(org.role),
    members: rows.map((m) => ({
      id: m.id,
      name: m.user.name,
      email: m.user.email,
      role: m.role,
      since: m.createdAt,
      isViewer: m.userId === org.actor.userId,
      manageable: mayManage(org.role, m.role),
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
async function lockedMembership(tx: Tx, org: OrgContext, id: string) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`members:${org.organizationId}`}, 0))`;
  const own = await tx.membership.findUnique({
    where: { organizationId_userId: { organizationId: org.organizationId, userId: org.actor.userId } },
    select: { role: true },
  });
  if (!own) throw new AppError("not_found");
  if (!customerCan(own.role, "org.members.manage")) throw new AppError("forbidden");
  const membership = await tx.membership.findFirst({
    where: { id, organizationId: org.organizationId },
    select: { id: true, role: true, userId: true, user: { select: { email: true, name: true } } },
  });
  if (!membership) throw new AppError("not_found");
  return { member: membership, actorRole: own.role };
}

/** Refuses (with `refusal`) when the organisation has only one owner left. */
async function assertNotLastOwner(tx: Tx, organizationId: string, refusal: Text) {
  const owners = await tx.membership.count({ where: { organizationId, role: "OWNER" } });
  if (owners <= 1) throw new AppError("conflict", refusal);
}

function assertMayTouchOwners(actorRole: CustomerRole, ...roles: CustomerRole[]) {
  if (roles.includes("OWNER") && actorRole !== "OWNER")
    throw new AppError("forbidden", ORGANIZATION_MESSAGES.onlyOwnerTouchesOwners);
}

export async function changeMemberRole(
  ctx: Context,
  input: LocalizedOutput<typeof changeRoleInput>,
): Promise<{ role: CustomerRole }> {
  const org = await authorizeOrgForRecord(
    ctx,
    "org.members.manage",
    { type: "Membership", id: input.membershipId },
    organizationOfMembership(input.membershipId),
  );
  return db.$transaction(async (tx) => {
    const { member, actorRole } = await lockedMembership(tx, org, input.membershipId);
    assertMayTouchOwners(actorRole, member.role, input.role);
    if (member.role === input.role) return { role: member.role };
    if (member.role === "OWNER")
      await assertNotLastOwner(
        tx,
        org.organizationId,
        ORGANIZATION_MESSAGES.lastOwnerDemoted(member.user.name, input.role),
      );
    await trackFacts(tx, [controller(org.organizationId)], ctx.clock.now(), () =>
      tx.membership.update({ where: { id: member.id }, data: { role: input.role } }),
    );
    await recordAudit(
      {
        organizationId: org.organizationId,
        actor: userActor(org.actor),
        action: "org.member.role_changed",
        target: { type: "Membership", id: member.id },
        request: ctx.request,
        metadata: {
          userId: member.userId,
          email: member.user.email,
          oldRole: member.role,
          newRole: input.role,
        },
      },
      { tx, clock: ctx.clock },
    );
    return { role: input.role };
  });
}

export async function removeMember(
  ctx: Context,
  input: z.infer<typeof removeMemberInput>,
): Promise<{ removedSelf: boolean }> {
  const org = await authorizeOrgForRecord(
    ctx,
    "org.members.manage",
    { type: "Membership", id: input.membershipId },
    organizationOfMembership(input.membershipId),
  );
  const removed = await db.$transaction(async (tx) => {
    const { member, actorRole } = await lockedMembership(tx, org, input.membershipId);
    assertMayTouchOwners(actorRole, member.role);
    if (member.role === "OWNER")
      await assertNotLastOwner(
        tx,
        org.organizationId,
        ORGANIZATION_MESSAGES.lastOwnerRemoved(member.user.name),
      );
    await trackFacts(tx, [controller(org.organizationId)], ctx.clock.now(), () =>
      tx.membership.delete({ where: { id: member.id } }),
    );
    return member;
  });
  // At once, not at the next timeout: the removed user's open sessions stop working (S10).
  const sessionsRevoked = await revokeUserSessions(removed.userId, "removed_from_organization", {
    clock: ctx.clock,
  });
  await recordAudit(
    {
      organizationId: org.organizationId,
      actor: userActor(org.actor),
      action: "org.member.removed",
      target: { type: "Membership", id: removed.id },
      request: ctx.request,
      metadata: { userId: removed.userId, email: removed.user.email, oldRole: removed.role, sessionsRevoked },
    },
    { clock: ctx.clock },
  );
  return { removedSelf: removed.userId === org.actor.userId };
}
