// Invitations (SECURITY.md S1, S11, S12, S13, S17): created by OWNER/ADMIN for the organisation named
// by the slug (an owner invitation only by an owner); foreign records are "not found" with no change;
// invitations are hashed, expiring and single-use; accepting makes a member (and, for someone without an
// account, a user); everything is audited in the organisation's chain.
import { describe, expect, it, vi } from "vitest";
import { createOrganization, createUser } from "../../prisma/factories.ts";
import { hashToken } from "../crypto/token.ts";
import { db } from "../db/client.ts";
import { outboxBody } from "../mail/outbox.ts";
import { anonymousContext, contextFor, TEST_CLIENT } from "../testing/context.ts";
import { fixedClock } from "../time/clock.ts";
import { acceptInvitationAsMember } from "./accept-invitation-as-member.ts";
import { acceptInvitationAsNewUser } from "./accept-invitation-as-new-user.ts";
import { invitationForToken } from "./invitation-by-token.ts";
import { acceptAsNewUserInput, inviteInput } from "./invitation-input.ts";
import { inviteMember } from "./invite-member.ts";
import { changeRoleInput, removeMemberInput } from "./members.ts";
import { ORGANIZATION_MESSAGES } from "./messages.ts";
import { listPendingInvitations } from "./pending-invitations.ts";
import { revokeInvitation } from "./revoke-invitation.ts";

vi.mock("../jobs/email-jobs.ts", () => ({ requestEmailDelivery: async () => {} }));

const request = { ip: "198.51.100.60", userAgent: "Mozilla/5.0 (invitation test)", requestId: "req-invite" };
const DAY = 86_400_000;
const invalidInvitation = { code: "conflict", text: ORGANIZATION_MESSAGES.invalidInvitation };

async function orgWithOwner(extra: { role: "ADMIN" | "MEMBER" | "OWNER" | "AUDITOR" }[] = []) {
  const org = await createOrganization();
  const owner = await createUser({ memberships: [{ organizationId: org.id, role: "OWNER" }] });
  const others = [];
  for (const { role } of extra)
    others.push(await createUser({ memberships: [{ organizationId: org.id, role }] }));
  return { org, owner, others };
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
    const clock = fixedClock("2026-11-23T09:00:00.000Z");
    const ctx = await contextFor(owner, { clock });
    const email = `new.person.${Date.now()}@invitee.example`;
    expect(await inviteMember(ctx, { organization: org.slug, email, role: "PRIVACY_OFFICER" })).toEqual({
      email,
      expiresAt: new Date(clock.now().getTime() + 7 * DAY),
    });

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
    expect((await listPendingInvitations(ctx, org.slug)).map((i) => i.email)).toEqual([email]);
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { action: "org.invitation.created", organizationId: org.id },
    });
    expect(audit).toMatchObject({
      chain: `org:${org.id}`,
      actorUserId: owner.id,
      targetType: "Invitation",
      targetId: row.id,
      ip: TEST_CLIENT.ip,
      userAgent: TEST_CLIENT.userAgent,
      createdAt: clock.now(),
    });
    expect(audit.metadata).toMatchObject({ email, role: "PRIVACY_OFFICER" });
  });

  it("a MEMBER cannot invite; an ADMIN cannot invite an OWNER; nothing is stored (S11)", async () => {
    const { org, others } = await orgWithOwner([{ role: "MEMBER" }, { role: "ADMIN" }]);
    const [member, admin] = others;
    await expect(
      inviteMember(await contextFor(member!), {
        organization: org.slug,
        email: "x@invitee.example",
        role: "MEMBER",
      }),
    ).rejects.toMatchObject({ code: "forbidden" });
    const adminCtx = await contextFor(admin!);
    await expect(
      inviteMember(adminCtx, { organization: org.slug, email: "y@invitee.example", role: "OWNER" }),
    ).rejects.toMatchObject({ code: "forbidden", text: ORGANIZATION_MESSAGES.onlyOwnerInvitesOwner });
    expect(await db.invitation.count({ where: { organizationId: org.id } })).toBe(0);
    await inviteMember(adminCtx, { organization: org.slug, email: "z@invitee.example", role: "ADMIN" });
    expect(await db.invitation.count({ where: { organizationId: org.id } })).toBe(1);
  });

  it("refuses inviting someone who is already a member, and stores nothing", async () => {
    const { org, owner, others } = await orgWithOwner([{ role: "MEMBER" }]);
    const email = others[0]!.email;
    await expect(
      inviteMember(await contextFor(owner), { organization: org.slug, email, role: "ADMIN" }),
    ).rejects.toMatchObject({ code: "conflict", text: ORGANIZATION_MESSAGES.alreadyMember(email) });
    expect(await db.invitation.count({ where: { organizationId: org.id } })).toBe(0);
  });

  it("an outsider naming another organisation's slug gets not-found (S12)", async () => {
    const { org } = await orgWithOwner();
    const outsider = await orgWithOwner();
    await expect(
      inviteMember(await contextFor(outsider.owner), {
        organization: org.slug,
        email: "q@invitee.example",
        role: "MEMBER",
      }),
    ).rejects.toMatchObject({ code: "not_found" });
    expect(await db.invitation.count({ where: { organizationId: org.id } })).toBe(0);
  });

  it("refuses extra fields such as organizationId or role escalation fields (S13)", () => {
    expect(
      inviteInput("en").safeParse({
        organization: "acme",
        email: "a@b.example",
        role: "MEMBER",
        organizationId: "x",
      }).success,
    ).toBe(false);
    expect(
      inviteInput("en").safeParse({ organization: "acme", email: "a@b.example", role: "SUPERUSER" }).success,
    ).toBe(false);
    expect(
      changeRoleInput("en").safeParse({ membershipId: "m1", role: "ADMIN", organizationId: "x" }).success,
    ).toBe(false);
    expect(removeMemberInput.safeParse({ membershipId: "m1", userId: "u1" }).success).toBe(false);
    expect(
      acceptAsNewUserInput("en").safeParse({ token: "a".repeat(43), name: "N", password: "p", role: "OWNER" })
        .success,
    ).toBe(false);
  });

  it("a new invitation to the same address replaces the earlier one; revoking ends the link; foreign revokes are not found (S12)", async () => {
    const { org, owner } = await orgWithOwner();
    const ctx = await contextFor(owner);
    await inviteMember(ctx, { organization: org.slug, email: "again@invitee.example", role: "MEMBER" });
    const first = await invitationTokenFromEmail("again@invitee.example");
    await inviteMember(ctx, { organization: org.slug, email: "again@invitee.example", role: "AUDITOR" });
    const second = await invitationTokenFromEmail("again@invitee.example");
    expect(await invitationForToken(first)).toEqual({ status: "invalid" });
    expect(await invitationForToken(second)).toMatchObject({ status: "valid", role: "AUDITOR" });

    const pending = await listPendingInvitations(ctx, org.slug);
    expect(pending).toHaveLength(1);
    const other = await orgWithOwner();
    await expect(
      revokeInvitation(await contextFor(other.owner), { invitationId: pending[0]!.id }),
    ).rejects.toMatchObject({ code: "not_found" });
    expect(await invitationForToken(second)).toMatchObject({ status: "valid" });

    await revokeInvitation(ctx, { invitationId: pending[0]!.id });
    expect(await invitationForToken(second)).toEqual({ status: "invalid" });
    await expect(revokeInvitation(ctx, { invitationId: pending[0]!.id })).rejects.toMatchObject({
      code: "conflict",
      text: ORGANIZATION_MESSAGES.invitationAlreadyClosed,
    });
    expect(
      await db.auditEvent.count({ where: { action: "org.invitation.revoked", organizationId: org.id } }),
    ).toBe(1);
  });
});

describe("invitations are rate-limited (S20)", () => {
  const invite = (ctx: Awaited<ReturnType<typeof contextFor>>, slug: string, n: number) =>
    inviteMember(ctx, {
      organization: slug,
      email: `flood.${n}.${Date.now()}@invitee.example`,
      role: "MEMBER",
    });
  const stored = async (organizationId: string) => ({
    invitations: await db.invitation.count({ where: { organizationId } }),
    emails: await db.outboxEmail.count({ where: { organizationId } }),
  });

  it("one user sends at most 20 invitations an hour: the 21st is rate_limited, nothing stored or sent; others are unaffected (S20)", async () => {
    const { org, owner, others } = await orgWithOwner([{ role: "ADMIN" }]);
    const clock = fixedClock("2026-11-23T09:00:00.000Z");
    const ctx = await contextFor(owner, { clock });
    for (let n = 0; n < 20; n++) await invite(ctx, org.slug, n);
    expect(await stored(org.id)).toEqual({ invitations: 20, emails: 20 });

    await expect(invite(ctx, org.slug, 20)).rejects.toMatchObject({
      code: "rate_limited",
      retryAfterSeconds: expect.any(Number),
    });
    expect(await stored(org.id)).toEqual({ invitations: 20, emails: 20 });

    // Another member of the same organisation still can; the owner can again an hour later.
    await invite(await contextFor(others[0]!, { clock }), org.slug, 21);
    clock.set(new Date("2026-11-23T10:01:00.000Z"));
    await invite(ctx, org.slug, 22);
    expect(await stored(org.id)).toEqual({ invitations: 22, emails: 22 });
  });

  it("one organisation sends at most 50 invitations a day, whoever sends them (S20)", async () => {
    const { org, owner, others } = await orgWithOwner([
      { role: "ADMIN" },
      { role: "ADMIN" },
      { role: "ADMIN" },
    ]);
    const clock = fixedClock("2026-11-23T09:00:00.000Z");
    const senders = [owner, ...others.slice(0, 2)];
    let n = 0;
    for (const [i, sender] of senders.entries()) {
      const ctx = await contextFor(sender, { clock });
      for (let k = 0; k < (i < 2 ? 20 : 10); k++) await invite(ctx, org.slug, n++);
    }
    expect(await stored(org.id)).toEqual({ invitations: 50, emails: 50 });

    const fresh = await contextFor(others[2]!, { clock });
    await expect(invite(fresh, org.slug, n++)).rejects.toMatchObject({ code: "rate_limited" });
    expect(await stored(org.id)).toEqual({ invitations: 50, emails: 50 });

    // Another organisation is not affected.
    const other = await orgWithOwner();
    await invite(await contextFor(other.owner, { clock }), other.org.slug, n++);
    expect((await stored(other.org.id)).invitations).toBe(1);
  });
});

describe("accepting an invitation (S1, S17)", () => {
  it("a new person sets name and password and becomes user + member with the invited role; the link works once", async () => {
    const { org, owner } = await orgWithOwner();
    const email = `fresh.${Date.now()}@invitee.example`;
    await inviteMember(await contextFor(owner), { organization: org.slug, email, role: "AUDITOR" });
    const token = await invitationTokenFromEmail(email);
    const anonymous = anonymousContext({ request });
    expect(await invitationForToken(token)).toMatchObject({
      status: "valid",
      email,
      role: "AUDITOR",
      organizationName: org.name,
      accountExists: false,
    });

    // A password the policy refuses (too common) creates nothing and leaves the invitation usable.
    await expect(
      acceptInvitationAsNewUser(anonymous, { token, name: "Fresh Person", password: "password123" }),
    ).rejects.toMatchObject({ code: "invalid" });
    expect(await db.user.count({ where: { email } })).toBe(0);
    const accepted = await acceptInvitationAsNewUser(anonymous, {
      token,
      name: "Fresh Person",
      password: "quiet meadow lantern",
    });
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
      acceptInvitationAsNewUser(anonymous, { token, name: "Second Try", password: "another calm phrase" }),
    ).rejects.toMatchObject(invalidInvitation);
    const events = await db.auditEvent.findMany({
      where: { organizationId: org.id, action: { in: ["org.invitation.accepted", "org.member.added"] } },
    });
    expect(events.map((e) => e.action).sort()).toEqual(["org.invitation.accepted", "org.member.added"]);
    expect(events.every((e) => e.actorUserId === user.id && e.ip === request.ip)).toBe(true);
  });

  it("expires after 7 days", async () => {
    const { org, owner } = await orgWithOwner();
    const clock = fixedClock("2026-11-23T09:00:00.000Z");
    await inviteMember(await contextFor(owner, { clock }), {
      organization: org.slug,
      email: "late@invitee.example",
      role: "MEMBER",
    });
    const token = await invitationTokenFromEmail("late@invitee.example");
    clock.advance(7 * DAY);
    expect(await invitationForToken(token, clock)).toEqual({ status: "invalid" });
    await expect(
      acceptInvitationAsNewUser(anonymousContext({ request, clock }), {
        token,
        name: "Late",
        password: "quiet meadow lantern",
      }),
    ).rejects.toMatchObject(invalidInvitation);
    expect(await db.user.count({ where: { email: "late@invitee.example" } })).toBe(0);
  });

  it("two simultaneous acceptances: one user, one membership", async () => {
    const { org, owner } = await orgWithOwner();
    await inviteMember(await contextFor(owner), {
      organization: org.slug,
      email: "race@invitee.example",
      role: "MEMBER",
    });
    const token = await invitationTokenFromEmail("race@invitee.example");
    const anonymous = anonymousContext({ request });
    const outcomes = await Promise.allSettled([
      acceptInvitationAsNewUser(anonymous, { token, name: "Racer One", password: "quiet meadow lantern" }),
      acceptInvitationAsNewUser(anonymous, { token, name: "Racer Two", password: "quiet meadow lantern" }),
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
    await inviteMember(await contextFor(owner), {
      organization: org.slug,
      email: existing.email,
      role: "ADMIN",
    });
    const token = await invitationTokenFromEmail(existing.email);
    expect(await invitationForToken(token)).toMatchObject({ status: "valid", accountExists: true });
    await expect(
      acceptInvitationAsNewUser(anonymousContext({ request }), {
        token,
        name: "Impostor",
        password: "quiet meadow lantern",
      }),
    ).rejects.toMatchObject({ code: "conflict", text: ORGANIZATION_MESSAGES.accountExists(existing.email) });

    await expect(acceptInvitationAsMember(anonymousContext({ request }), token)).rejects.toMatchObject({
      code: "unauthenticated",
    });
    await expect(
      acceptInvitationAsMember(await contextFor(someoneElse, { request }), token),
    ).rejects.toMatchObject({
      code: "forbidden",
      text: ORGANIZATION_MESSAGES.invitationForSomeoneElse(existing.email, someoneElse.email),
    });
    expect(await db.membership.count({ where: { organizationId: org.id, userId: someoneElse.id } })).toBe(0);

    const ctx = await contextFor(existing, { request });
    expect(await acceptInvitationAsMember(ctx, token)).toEqual({ slug: org.slug });
    expect(
      (await db.membership.findFirstOrThrow({ where: { organizationId: org.id, userId: existing.id } })).role,
    ).toBe("ADMIN");
    const events = await db.auditEvent.findMany({
      where: { organizationId: org.id, action: { in: ["org.invitation.accepted", "org.member.added"] } },
    });
    expect(events.every((e) => e.actorUserId === existing.id && e.ip === request.ip)).toBe(true);
    expect(events.find((e) => e.action === "org.invitation.accepted")?.metadata).toMatchObject({
      newUser: false,
    });
    await expect(acceptInvitationAsMember(ctx, token)).rejects.toMatchObject(invalidInvitation);
  });
});
