// Members management and invitations (SECURITY.md S1, S10, S11, S12, S13, S17): the organisation comes
// from the record touched, never the form; foreign records are "not found" with no change; the last
// owner stays; only owners make or unmake owners; removal ends sessions at once; invitations are
// hashed, expiring and single-use; everything is audited in the organisation's chain.
import { describe, expect, it, vi } from "vitest";
import { createOrganization, createUser } from "../../prisma/factories.ts";
import { ForbiddenError, NotFoundError, UserFacingError } from "../errors.ts";
import { validateSession } from "../auth/sessions/session-store.ts";
import { hashToken } from "../crypto/token.ts";
import { db } from "../db/client.ts";
import { outboxBody } from "../mail/outbox.ts";
import { actAnonymously, actAs, FAKE_CLIENT } from "../testing/fake-next-request.ts";
import { fixedClock } from "../time/clock.ts";
import {
  acceptAsNewUserInput,
  acceptInvitationAsMember,
  acceptInvitationAsNewUser,
  INVALID_INVITATION,
  invitationForToken,
  inviteInput,
  inviteMember,
  listPendingInvitations,
  revokeInvitation,
} from "./invitations.ts";
import {
  changeMemberRole,
  changeRoleInput,
  getMembersView,
  removeMember,
  removeMemberInput,
} from "./members.ts";

vi.mock("next/headers", async () => (await import("../testing/fake-next-request.ts")).nextHeadersMock);
vi.mock("../jobs/email-jobs.ts", () => ({ requestEmailDelivery: async () => {} }));

const request = { ip: "198.51.100.60", userAgent: "Mozilla/5.0 (invitation test)", requestId: "req-invite" };
const DAY = 86_400_000;

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

async function invitationTokenFromEmail(to: string): Promise<string> {
  const mail = await db.outboxEmail.findFirstOrThrow({
    where: { toAddress: to },
    orderBy: { createdAt: "desc" },
  });
  const match = /\/invite\/([A-Za-z0-9_-]{43})\b/.exec(outboxBody(mail));
  expect(match, "the email contains the invitation link").not.toBeNull();
  return match![1]!;
}

describe("inviting (S11, S13, S17)", () => {
  it("an owner invites by email with a role: hashed token, 7-day expiry, email with the link, audited", async () => {
    const { org, owner } = await orgWithOwner();
    await actAs(owner);
    const clock = fixedClock("2026-11-23T09:00:00.000Z");
    const email = `new.person.${Date.now()}@invitee.example`;
    await inviteMember({ organization: org.slug, email, role: "PRIVACY_OFFICER" }, clock);

    const token = await invitationTokenFromEmail(email);
    const row = await db.invitation.findFirstOrThrow({ where: { organizationId: org.id, email } });
    expect(row).toMatchObject({
      role: "PRIVACY_OFFICER",
      tokenHash: hashToken(token),
      invitedById: owner.id,
      acceptedAt: null,
      revokedAt: null,
    });
    expect(row.expiresAt.getTime() - clock.now().getTime()).toBe(7 * DAY);
    expect(JSON.stringify([await db.invitation.findMany(), await db.outboxEmail.findMany()])).not.toContain(
      token,
    );
    expect((await listPendingInvitations(org.slug, clock)).map((i) => i.email)).toEqual([email]);
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { action: "org.invitation.created", organizationId: org.id },
    });
    expect(audit).toMatchObject({
      chain: `org:${org.id}`,
      actorUserId: owner.id,
      targetType: "Invitation",
      targetId: row.id,
      ip: FAKE_CLIENT.ip,
      userAgent: FAKE_CLIENT.userAgent,
    });
    expect(audit.metadata).toMatchObject({ email, role: "PRIVACY_OFFICER" });
  });

  it("a MEMBER cannot invite; an ADMIN cannot invite an OWNER; nothing is stored (S11)", async () => {
    const { org, others } = await orgWithOwner([{ role: "MEMBER" }, { role: "ADMIN" }]);
    const [member, admin] = others;
    await actAs(member!);
    await expect(
      inviteMember({ organization: org.slug, email: "x@invitee.example", role: "MEMBER" }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await actAs(admin!);
    await expect(
      inviteMember({ organization: org.slug, email: "y@invitee.example", role: "OWNER" }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    expect(await db.invitation.count({ where: { organizationId: org.id } })).toBe(0);
    await inviteMember({ organization: org.slug, email: "z@invitee.example", role: "ADMIN" });
    expect(await db.invitation.count({ where: { organizationId: org.id } })).toBe(1);
  });

  it("an outsider naming another organisation's slug gets not-found (S12)", async () => {
    const { org } = await orgWithOwner();
    const outsider = await orgWithOwner();
    await actAs(outsider.owner);
    await expect(
      inviteMember({ organization: org.slug, email: "q@invitee.example", role: "MEMBER" }),
    ).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.invitation.count({ where: { organizationId: org.id } })).toBe(0);
  });

  it("refuses extra fields such as organizationId or role escalation fields (S13)", () => {
    expect(
      inviteInput.safeParse({
        organization: "acme",
        email: "a@b.example",
        role: "MEMBER",
        organizationId: "x",
      }).success,
    ).toBe(false);
    expect(
      inviteInput.safeParse({ organization: "acme", email: "a@b.example", role: "SUPERUSER" }).success,
    ).toBe(false);
    expect(
      changeRoleInput.safeParse({ membershipId: "m1", role: "ADMIN", organizationId: "x" }).success,
    ).toBe(false);
    expect(removeMemberInput.safeParse({ membershipId: "m1", userId: "u1" }).success).toBe(false);
    expect(
      acceptAsNewUserInput.safeParse({ token: "a".repeat(43), name: "N", password: "p", role: "OWNER" })
        .success,
    ).toBe(false);
  });

  it("a new invitation to the same address replaces the earlier one; revoking ends the link; foreign revokes are not found (S12)", async () => {
    const { org, owner } = await orgWithOwner();
    await actAs(owner);
    await inviteMember({ organization: org.slug, email: "again@invitee.example", role: "MEMBER" });
    const first = await invitationTokenFromEmail("again@invitee.example");
    await inviteMember({ organization: org.slug, email: "again@invitee.example", role: "AUDITOR" });
    const second = await invitationTokenFromEmail("again@invitee.example");
    expect(await invitationForToken(first)).toEqual({ status: "invalid" });
    expect(await invitationForToken(second)).toMatchObject({ status: "valid", role: "AUDITOR" });

    const pending = await listPendingInvitations(org.slug);
    expect(pending).toHaveLength(1);
    const other = await orgWithOwner();
    await actAs(other.owner);
    await expect(revokeInvitation({ invitationId: pending[0]!.id })).rejects.toBeInstanceOf(NotFoundError);
    expect(await invitationForToken(second)).toMatchObject({ status: "valid" });

    await actAs(owner);
    await revokeInvitation({ invitationId: pending[0]!.id });
    expect(await invitationForToken(second)).toEqual({ status: "invalid" });
    await expect(revokeInvitation({ invitationId: pending[0]!.id })).rejects.toBeInstanceOf(UserFacingError);
    expect(
      await db.auditEvent.count({ where: { action: "org.invitation.revoked", organizationId: org.id } }),
    ).toBe(1);
  });
});

describe("accepting an invitation (S1, S17)", () => {
  it("a new person sets name and password and becomes user + member with the invited role; the link works once", async () => {
    const { org, owner } = await orgWithOwner();
    await actAs(owner);
    const email = `fresh.${Date.now()}@invitee.example`;
    await inviteMember({ organization: org.slug, email, role: "AUDITOR" });
    const token = await invitationTokenFromEmail(email);
    actAnonymously();
    expect(await invitationForToken(token)).toMatchObject({
      status: "valid",
      email,
      role: "AUDITOR",
      organizationName: org.name,
      accountExists: false,
    });

    await expect(
      acceptInvitationAsNewUser({ token, name: "Fresh Person", password: "password123" }, request),
    ).rejects.toThrow(/too common/);
    const accepted = await acceptInvitationAsNewUser(
      { token, name: "Fresh Person", password: "quiet meadow lantern" },
      request,
    );
    expect(accepted.slug).toBe(org.slug);
    const user = await db.user.findUniqueOrThrow({
      where: { email },
      select: { id: true, name: true, memberships: { select: { organizationId: true, role: true } } },
    });
    expect(user).toMatchObject({
      id: accepted.userId,
      name: "Fresh Person",
      memberships: [{ organizationId: org.id, role: "AUDITOR" }],
    });
    expect(JSON.stringify(await db.credential.findMany())).not.toContain("quiet meadow lantern");

    await expect(
      acceptInvitationAsNewUser({ token, name: "Second Try", password: "another calm phrase" }, request),
    ).rejects.toThrow(INVALID_INVITATION);
    const events = await db.auditEvent.findMany({
      where: { organizationId: org.id, action: { in: ["org.invitation.accepted", "org.member.added"] } },
    });
    expect(events.map((e) => e.action).sort()).toEqual(["org.invitation.accepted", "org.member.added"]);
    expect(events.every((e) => e.actorUserId === user.id && e.ip === request.ip)).toBe(true);
  });

  it("expires after 7 days", async () => {
    const { org, owner } = await orgWithOwner();
    await actAs(owner);
    const clock = fixedClock("2026-11-23T09:00:00.000Z");
    await inviteMember({ organization: org.slug, email: "late@invitee.example", role: "MEMBER" }, clock);
    const token = await invitationTokenFromEmail("late@invitee.example");
    clock.advance(7 * DAY);
    expect(await invitationForToken(token, clock)).toEqual({ status: "invalid" });
    await expect(
      acceptInvitationAsNewUser({ token, name: "Late", password: "quiet meadow lantern" }, request, clock),
    ).rejects.toThrow(INVALID_INVITATION);
    expect(await db.user.count({ where: { email: "late@invitee.example" } })).toBe(0);
  });

  it("two simultaneous acceptances: one user, one membership", async () => {
    const { org, owner } = await orgWithOwner();
    await actAs(owner);
    await inviteMember({ organization: org.slug, email: "race@invitee.example", role: "MEMBER" });
    const token = await invitationTokenFromEmail("race@invitee.example");
    const outcomes = await Promise.allSettled([
      acceptInvitationAsNewUser({ token, name: "Racer One", password: "quiet meadow lantern" }, request),
      acceptInvitationAsNewUser({ token, name: "Racer Two", password: "quiet meadow lantern" }, request),
    ]);
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    expect(
      await db.membership.count({
        where: { organizationId: org.id, user: { email: "race@invitee.example" } },
      }),
    ).toBe(1);
  });

  it("an existing user must be signed in as the invited address; then accepts and becomes a member", async () => {
    const { org, owner } = await orgWithOwner();
    const existing = await createUser();
    const someoneElse = await createUser();
    await actAs(owner);
    await inviteMember({ organization: org.slug, email: existing.email, role: "ADMIN" });
    const token = await invitationTokenFromEmail(existing.email);
    expect(await invitationForToken(token)).toMatchObject({ status: "valid", accountExists: true });
    await expect(
      acceptInvitationAsNewUser({ token, name: "Impostor", password: "quiet meadow lantern" }, request),
    ).rejects.toThrow(/already exists/);

    const otherActor = { userId: someoneElse.id, email: someoneElse.email } as Parameters<
      typeof acceptInvitationAsMember
    >[1];
    await expect(acceptInvitationAsMember(token, otherActor, request)).rejects.toThrow(/is for/);
    expect(await db.membership.count({ where: { organizationId: org.id, userId: someoneElse.id } })).toBe(0);

    const actor = { userId: existing.id, email: existing.email } as Parameters<
      typeof acceptInvitationAsMember
    >[1];
    expect(await acceptInvitationAsMember(token, actor, request)).toEqual({ slug: org.slug });
    expect(
      (await db.membership.findFirstOrThrow({ where: { organizationId: org.id, userId: existing.id } })).role,
    ).toBe("ADMIN");
    await expect(acceptInvitationAsMember(token, actor, request)).rejects.toThrow(INVALID_INVITATION);
  });
});

describe("changing roles and removing members (S10, S11, S12, S17)", () => {
  it("an owner changes a member's role; audited with actor, target, old and new role", async () => {
    const { org, owner, others, membershipOf } = await orgWithOwner([{ role: "MEMBER" }]);
    const member = others[0]!;
    await actAs(owner);
    const membership = await membershipOf(member.id);
    await changeMemberRole({ membershipId: membership.id, role: "PRIVACY_OFFICER" });
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
    const view = await getMembersView(org.slug);
    expect(view.canManage).toBe(true);
    expect(view.assignableRoles).toContain("OWNER");
  });

  it("the last owner can be neither demoted nor removed; with a second owner, demotion works (S11)", async () => {
    const { org, owner, membershipOf } = await orgWithOwner();
    await actAs(owner);
    const own = await membershipOf(owner.id);
    await expect(changeMemberRole({ membershipId: own.id, role: "ADMIN" })).rejects.toThrow(/last owner/);
    await expect(removeMember({ membershipId: own.id })).rejects.toThrow(/last owner/);
    expect((await membershipOf(owner.id)).role).toBe("OWNER");

    const second = await createUser({ memberships: [{ organizationId: org.id, role: "OWNER" }] });
    await changeMemberRole({ membershipId: own.id, role: "ADMIN" });
    expect((await membershipOf(owner.id)).role).toBe("ADMIN");
    expect((await membershipOf(second.id)).role).toBe("OWNER");
  });

  it("two owners demoting each other at the same time: exactly one succeeds and one owner remains", async () => {
    const { org, owner, others, membershipOf } = await orgWithOwner([{ role: "OWNER" }]);
    const other = others[0]!;
    const [a, b] = [await membershipOf(owner.id), await membershipOf(other.id)];
    // Each call resolves its actor when it starts; start one as each owner.
    await actAs(owner);
    const first = changeMemberRole({ membershipId: b.id, role: "ADMIN" });
    await actAs(other);
    const second = changeMemberRole({ membershipId: a.id, role: "ADMIN" });
    const outcomes = await Promise.allSettled([first, second]);
    expect(await db.membership.count({ where: { organizationId: org.id, role: "OWNER" } })).toBe(1);
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    const rejected = outcomes.find((o) => o.status === "rejected") as PromiseRejectedResult;
    // Whichever ran second finds either that it is no longer an owner or that the other is the last one.
    expect(String(rejected.reason)).toMatch(/last owner|Only an owner/);
  });

  it("an ADMIN can manage members but not owners, and cannot make anyone an owner (S11)", async () => {
    const { owner, others, membershipOf } = await orgWithOwner([{ role: "ADMIN" }, { role: "MEMBER" }]);
    const [admin, member] = others;
    await actAs(admin!);
    await expect(
      changeMemberRole({ membershipId: (await membershipOf(member!.id)).id, role: "OWNER" }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await expect(
      changeMemberRole({ membershipId: (await membershipOf(owner.id)).id, role: "MEMBER" }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await expect(removeMember({ membershipId: (await membershipOf(owner.id)).id })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    expect((await membershipOf(owner.id)).role).toBe("OWNER");
    expect((await membershipOf(member!.id)).role).toBe("MEMBER");
    await changeMemberRole({ membershipId: (await membershipOf(member!.id)).id, role: "AUDITOR" });
    expect((await membershipOf(member!.id)).role).toBe("AUDITOR");
  });

  it("a MEMBER is refused every manage action and nothing changes (S11)", async () => {
    const { org, owner, others, membershipOf } = await orgWithOwner([
      { role: "MEMBER" },
      { role: "AUDITOR" },
    ]);
    const [member, auditor] = others;
    await actAs(member!);
    const target = await membershipOf(auditor!.id);
    await expect(changeMemberRole({ membershipId: target.id, role: "ADMIN" })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await expect(removeMember({ membershipId: target.id })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(
      changeMemberRole({ membershipId: (await membershipOf(member!.id)).id, role: "OWNER" }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listPendingInvitations(org.slug)).rejects.toBeInstanceOf(ForbiddenError);
    expect((await membershipOf(auditor!.id)).role).toBe("AUDITOR");
    expect((await membershipOf(member!.id)).role).toBe("MEMBER");
    expect((await membershipOf(owner.id)).role).toBe("OWNER");
    expect(
      await db.auditEvent.count({
        where: { action: "authz.denied", actorUserId: member!.id, organizationId: org.id },
      }),
    ).toBeGreaterThanOrEqual(3);
  });

  it("acting on another organisation's membership id: not found, audited as denied, no change (S12)", async () => {
    const attacker = await orgWithOwner();
    const victim = await orgWithOwner([{ role: "MEMBER" }]);
    const victimMembership = await victim.membershipOf(victim.others[0]!.id);
    const ownerMembership = await victim.membershipOf(victim.owner.id);
    await actAs(attacker.owner);
    await expect(
      changeMemberRole({ membershipId: victimMembership.id, role: "OWNER" }),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(removeMember({ membershipId: ownerMembership.id })).rejects.toBeInstanceOf(NotFoundError);
    await expect(changeMemberRole({ membershipId: "does-not-exist", role: "ADMIN" })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    expect((await victim.membershipOf(victim.others[0]!.id)).role).toBe("MEMBER");
    expect(await db.membership.count({ where: { organizationId: victim.org.id } })).toBe(2);
    expect(
      await db.auditEvent.count({
        where: { organizationId: victim.org.id, action: { startsWith: "org.member" } },
      }),
    ).toBe(0);
    expect(
      await db.auditEvent.count({ where: { action: "authz.denied", actorUserId: attacker.owner.id } }),
    ).toBe(3);
  });

  it("removing a member deletes the membership and ends all their sessions at once (S10)", async () => {
    const { org, owner, others, membershipOf } = await orgWithOwner([{ role: "ADMIN" }]);
    const removed = others[0]!;
    const removedSession = await actAs(removed);
    expect(await validateSession(removedSession)).not.toBeNull();
    await actAs(owner);
    const membership = await membershipOf(removed.id);
    expect(await removeMember({ membershipId: membership.id })).toEqual({ removedSelf: false });

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
});
