// Members management (SECURITY.md S10, S11, S12, S13, S17): the organisation comes from the record
// touched, never the form; foreign records are "not found" with no change; the last owner stays; only
// owners make or unmake owners; removal ends sessions at once; everything is audited in the
// organisation's chain. Invitations: invitations.integration.test.ts.
import { describe, expect, it } from "vitest";
import { createOrganization, createUser } from "../../prisma/factories.ts";
import { validateSession } from "../auth/sessions/session-store.ts";
import { db } from "../db/client.ts";
import { contextFor } from "../testing/context.ts";
import { refusalsCounted } from "../testing/refusals.ts";
import { changeMemberRole, getMembersView, removeMember } from "./members.ts";
import { ORGANIZATION_MESSAGES } from "./messages.ts";
import { listPendingInvitations } from "./pending-invitations.ts";

async function orgWithOwner(extra: { role: "ADMIN" | "MEMBER" | "OWNER" | "AUDITOR" }[] = []) {
  const org = await createOrganization();
  const owner = await createUser({ memberships: [{ organizationId: org.id, role: "OWNER" }] });
  const others = [];
  for (const { role } of extra)
    others.push(await createUser({ memberships: [{ organizationId: org.id, role }] }));
  const membershipOf = async (userId: string) =>
    db.membership.findUniqueOrThrow({ where: { organizationId_userId: { organizationId: org.id, userId } } });
  return { org, owner, others, membershipOf };
}

describe("changing roles and removing members (S10, S11, S12, S17)", () => {
  it("an owner changes a member's role; audited with actor, target, old and new role", async () => {
    const { org, owner, others, membershipOf } = await orgWithOwner([{ role: "MEMBER" }]);
    const member = others[0]!;
    const ctx = await contextFor(owner);
    const membership = await membershipOf(member.id);
    expect(await changeMemberRole(ctx, { membershipId: membership.id, role: "PRIVACY_OFFICER" })).toEqual({
      role: "PRIVACY_OFFICER",
    });
    expect((await membershipOf(member.id)).role).toBe("PRIVACY_OFFICER");
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { action: "org.member.role_changed", organizationId: org.id },
    });
    expect(audit).toMatchObject({
      chain: `org:${org.id}`,
      actorUserId: owner.id,
      targetType: "Membership",
      targetId: membership.id,
    });
    expect(audit.metadata).toMatchObject({
      userId: member.id,
      email: member.email,
      oldRole: "MEMBER",
      newRole: "PRIVACY_OFFICER",
    });
    const view = await getMembersView(ctx, org.slug);
    expect(view.canManage).toBe(true);
    expect(view.assignableRoles).toContain("OWNER");
  });

  it("the last owner can be neither demoted nor removed; with a second owner, demotion works (S11)", async () => {
    const { org, owner, membershipOf } = await orgWithOwner();
    const ctx = await contextFor(owner);
    const own = await membershipOf(owner.id);
    await expect(changeMemberRole(ctx, { membershipId: own.id, role: "ADMIN" })).rejects.toMatchObject({
      code: "conflict",
      text: ORGANIZATION_MESSAGES.lastOwnerDemoted(owner.name, "ADMIN"),
    });
    await expect(removeMember(ctx, { membershipId: own.id })).rejects.toMatchObject({
      code: "conflict",
      text: ORGANIZATION_MESSAGES.lastOwnerRemoved(owner.name),
    });
    expect((await membershipOf(owner.id)).role).toBe("OWNER");

    const second = await createUser({ memberships: [{ organizationId: org.id, role: "OWNER" }] });
    await changeMemberRole(ctx, { membershipId: own.id, role: "ADMIN" });
    expect((await membershipOf(owner.id)).role).toBe("ADMIN");
    expect((await membershipOf(second.id)).role).toBe("OWNER");
  });

  it("two owners demoting each other at the same time: exactly one succeeds and one owner remains", async () => {
    const { org, owner, others, membershipOf } = await orgWithOwner([{ role: "OWNER" }]);
    const other = others[0]!;
    const [a, b] = [await membershipOf(owner.id), await membershipOf(other.id)];
    // Each caller's context holds the role it had when its request began: both are still owners.
    const [asOwner, asOther] = [await contextFor(owner), await contextFor(other)];
    const outcomes = await Promise.allSettled([
      changeMemberRole(asOwner, { membershipId: b.id, role: "ADMIN" }),
      changeMemberRole(asOther, { membershipId: a.id, role: "ADMIN" }),
    ]);
    expect(await db.membership.count({ where: { organizationId: org.id, role: "OWNER" } })).toBe(1);
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    const rejected = outcomes.find((o) => o.status === "rejected") as PromiseRejectedResult;
    // Whichever ran second finds either that it is no longer an owner or that the other is the last one.
    expect(rejected.reason).toMatchObject({ code: expect.stringMatching(/^(conflict|forbidden)$/) });
    expect([
      ORGANIZATION_MESSAGES.onlyOwnerTouchesOwners,
      ORGANIZATION_MESSAGES.lastOwnerDemoted(owner.name, "ADMIN"),
      ORGANIZATION_MESSAGES.lastOwnerDemoted(other.name, "ADMIN"),
    ]).toContainEqual(rejected.reason.text);
  });

  it("an ADMIN can manage members but not owners, and cannot make anyone an owner (S11)", async () => {
    const { owner, others, membershipOf } = await orgWithOwner([{ role: "ADMIN" }, { role: "MEMBER" }]);
    const [admin, member] = others;
    const ctx = await contextFor(admin!);
    const ownersOnly = { code: "forbidden", text: ORGANIZATION_MESSAGES.onlyOwnerTouchesOwners };
    await expect(
      changeMemberRole(ctx, { membershipId: (await membershipOf(member!.id)).id, role: "OWNER" }),
    ).rejects.toMatchObject(ownersOnly);
    await expect(
      changeMemberRole(ctx, { membershipId: (await membershipOf(owner.id)).id, role: "MEMBER" }),
    ).rejects.toMatchObject(ownersOnly);
    await expect(
      removeMember(ctx, { membershipId: (await membershipOf(owner.id)).id }),
    ).rejects.toMatchObject(ownersOnly);
    expect((await membershipOf(owner.id)).role).toBe("OWNER");
    expect((await membershipOf(member!.id)).role).toBe("MEMBER");
    await changeMemberRole(ctx, { membershipId: (await membershipOf(member!.id)).id, role: "AUDITOR" });
    expect((await membershipOf(member!.id)).role).toBe("AUDITOR");
  });

  it("a MEMBER is refused every manage action and nothing changes (S11)", async () => {
    const { org, owner, others, membershipOf } = await orgWithOwner([
      { role: "MEMBER" },
      { role: "AUDITOR" },
    ]);
    const [member, auditor] = others;
    const ctx = await contextFor(member!);
    const target = await membershipOf(auditor!.id);
    await expect(changeMemberRole(ctx, { membershipId: target.id, role: "ADMIN" })).rejects.toMatchObject({
      code: "forbidden",
    });
    await expect(removeMember(ctx, { membershipId: target.id })).rejects.toMatchObject({
      code: "forbidden",
    });
    await expect(
      changeMemberRole(ctx, { membershipId: (await membershipOf(member!.id)).id, role: "OWNER" }),
    ).rejects.toMatchObject({ code: "forbidden" });
    await expect(listPendingInvitations(ctx, org.slug)).rejects.toMatchObject({ code: "forbidden" });
    expect((await membershipOf(auditor!.id)).role).toBe("AUDITOR");
    expect((await membershipOf(member!.id)).role).toBe("MEMBER");
    expect((await membershipOf(owner.id)).role).toBe("OWNER");
    // Every refusal is counted; repeated ones are summarised rather than written one by one (S24).
    const denied = { action: "authz.denied", actorUserId: member!.id, organizationId: org.id };
    expect(await refusalsCounted(denied)).toBeGreaterThanOrEqual(3);
  });

  it("acting on another organisation's membership id: not found, audited as denied, no change (S12)", async () => {
    const attacker = await orgWithOwner();
    const victim = await orgWithOwner([{ role: "MEMBER" }]);
    const victimMembership = await victim.membershipOf(victim.others[0]!.id);
    const ownerMembership = await victim.membershipOf(victim.owner.id);
    const ctx = await contextFor(attacker.owner);
    await expect(
      changeMemberRole(ctx, { membershipId: victimMembership.id, role: "OWNER" }),
    ).rejects.toMatchObject({ code: "not_found" });
    await expect(removeMember(ctx, { membershipId: ownerMembership.id })).rejects.toMatchObject({
      code: "not_found",
    });
    await expect(
      changeMemberRole(ctx, { membershipId: "does-not-exist", role: "ADMIN" }),
    ).rejects.toMatchObject({ code: "not_found" });
    expect((await victim.membershipOf(victim.others[0]!.id)).role).toBe("MEMBER");
    expect(await db.membership.count({ where: { organizationId: victim.org.id } })).toBe(2);
    expect(
      await db.auditEvent.count({
        where: { organizationId: victim.org.id, action: { startsWith: "org.member" } },
      }),
    ).toBe(0);
    const denied = { action: "authz.denied", actorUserId: attacker.owner.id };
    expect(await db.auditEvent.count({ where: denied })).toBeLessThan(3); // summarised, not one by one (S24)
    expect(await refusalsCounted(denied)).toBe(3);
  });

  it("removing a member deletes the membership and ends all their sessions at once (S10)", async () => {
    const { org, owner, others, membershipOf } = await orgWithOwner([{ role: "ADMIN" }]);
    const removed = others[0]!;
    const removedSession = (await contextFor(removed)).actor.sessionId;
    expect(await validateSession(removedSession)).not.toBeNull();
    const membership = await membershipOf(removed.id);
    expect(await removeMember(await contextFor(owner), { membershipId: membership.id })).toEqual({
      removedSelf: false,
    });

    expect(await db.membership.count({ where: { organizationId: org.id, userId: removed.id } })).toBe(0);
    expect(await validateSession(removedSession)).toBeNull();
    expect((await db.session.findUniqueOrThrow({ where: { id: removedSession } })).revokedReason).toBe(
      "removed_from_organization",
    );
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { action: "org.member.removed", organizationId: org.id },
    });
    expect(audit).toMatchObject({ actorUserId: owner.id, targetType: "Membership", targetId: membership.id });
    expect(audit.metadata).toMatchObject({ userId: removed.id, oldRole: "ADMIN", sessionsRevoked: 1 });
  });

  it("a member who removes themselves is told so (the action then signs them out)", async () => {
    const { org, others, membershipOf } = await orgWithOwner([{ role: "ADMIN" }]);
    const leaver = others[0]!;
    const ctx = await contextFor(leaver);
    expect(await removeMember(ctx, { membershipId: (await membershipOf(leaver.id)).id })).toEqual({
      removedSelf: true,
    });
    expect(await db.membership.count({ where: { organizationId: org.id, userId: leaver.id } })).toBe(0);
    expect(await validateSession(ctx.actor.sessionId)).toBeNull();
  });
});
