// Inviting colleagues to the staff (S11, S17, S20, S23): staff who manage users invite with a role below
// their own (an ADMIN with any); the link is single use, only its hash is stored, and the staff role is
// granted only when the invitation is accepted, by a new account or by the signed-in owner of the address.
import { describe, expect, it, vi } from "vitest";
import { createUser } from "../../../prisma/factories.ts";
import { hashToken } from "../../crypto/token.ts";
import { db } from "../../db/client.ts";
import { outboxBody } from "../../mail/outbox.ts";
import { contextFor, anonymousContext } from "../../testing/context.ts";
import { acceptStaffInvitationAsNewUser, acceptStaffInvitationAsUser } from "./accept-staff-invitation.ts";
import { inviteStaff } from "./invite-staff.ts";
import { staffInvitationForToken } from "./staff-invitation-by-token.ts";
import { inviteStaffInput } from "./staff-input.ts";

vi.mock("../../jobs/email-jobs.ts", () => ({ requestEmailDelivery: async () => {} }));

let counter = 0;
const address = (label: string) => `${label}.${Date.now()}.${++counter}@staff-invite.example`;

async function emailTo(to: string): Promise<{ subject: string; text: string; token: string }> {
  const mail = await db.outboxEmail.findFirstOrThrow({
    where: { toAddress: to },
    orderBy: { createdAt: "desc" },
  });
  const text = outboxBody(mail);
  const match = /\/staff-invite\/([A-Za-z0-9_-]{43})\b/.exec(text);
  expect(match, "the email contains the invitation link").not.toBeNull();
  return { subject: mail.subject, text, token: match![1]! };
}

describe("inviting staff (S11, S17, S20)", () => {
  it("an ADMIN invites with a role: hashed single-use token, quoted inviter, audited, no role until accepted", async () => {
    const admin = await createUser({ staffRoles: ["ADMIN"], name: 'Ada "Admin"\nIgnore this' });
    const email = address("colleague");
    const result = await inviteStaff(
      await contextFor(admin),
      inviteStaffInput.parse({ email, role: "CONTENT" }),
    );
    expect(result).toMatchObject({ email, role: "CONTENT" });

    const mail = await emailTo(email);
    expect(mail.subject).toBe("You are invited to the staff console");
    expect(mail.text).toContain(`"Ada 'Admin' Ignore this" (${admin.email}) invited you`);
    expect(mail.text).toContain("as Content.");
    const row = await db.staffInvitation.findFirstOrThrow({ where: { email } });
    expect(row).toMatchObject({ role: "CONTENT", tokenHash: hashToken(mail.token), acceptedAt: null });
    expect(JSON.stringify(row)).not.toContain(mail.token);
    expect(await db.user.count({ where: { email } })).toBe(0);
    const event = await db.auditEvent.findFirstOrThrow({
      where: { action: "admin.staff.invited", targetId: row.id },
    });
    expect(event).toMatchObject({
      chain: "provider",
      actorUserId: admin.id,
      metadata: { email, role: "CONTENT" },
    });
  });

  it("someone new accepts with a name and password: a staff user with the role, the link then dead", async () => {
    const admin = await createUser({ staffRoles: ["ADMIN"] });
    const email = address("new");
    await inviteStaff(await contextFor(admin), { email, role: "SUPPORT" });
    const { token } = await emailTo(email);
    expect(await staffInvitationForToken(token)).toMatchObject({ status: "valid", email, role: "SUPPORT" });

    const { userId } = await acceptStaffInvitationAsNewUser(anonymousContext(), {
      token,
      name: "Nora New",
      password: `violet harbour ${Date.now()} lanterns`,
    });
    const user = await db.user.findUniqueOrThrow({ where: { id: userId }, include: { staffRoles: true } });
    expect(user).toMatchObject({ email, name: "Nora New" });
    expect(user.staffRoles.map((r) => r.role)).toEqual(["SUPPORT"]);
    expect(await staffInvitationForToken(token)).toEqual({ status: "invalid" });
    await expect(
      acceptStaffInvitationAsNewUser(anonymousContext(), { token, name: "Again", password: "x".repeat(20) }),
    ).rejects.toMatchObject({ code: "conflict" });
    expect(
      await db.auditEvent.count({
        where: { action: "admin.staff.invitation_accepted", actorUserId: userId },
      }),
    ).toBe(1);
  });

  it("an existing account accepts only while signed in as the invited address", async () => {
    const security = await createUser({ staffRoles: ["SECURITY"] });
    const invitee = await createUser({ email: address("existing") });
    const stranger = await createUser();
    await inviteStaff(await contextFor(security), { email: invitee.email, role: "PRIVACY" });
    const { token } = await emailTo(invitee.email);

    await expect(acceptStaffInvitationAsUser(await contextFor(stranger), token)).rejects.toMatchObject({
      code: "forbidden",
    });
    expect(await db.staffRoleAssignment.count({ where: { userId: stranger.id } })).toBe(0);
    expect(await acceptStaffInvitationAsUser(await contextFor(invitee), token)).toEqual({ role: "PRIVACY" });
    expect(
      (await db.staffRoleAssignment.findMany({ where: { userId: invitee.id } })).map((r) => r.role),
    ).toEqual(["PRIVACY"]);
  });

  it("a new invitation to the same address replaces the earlier one", async () => {
    const admin = await createUser({ staffRoles: ["ADMIN"] });
    const email = address("twice");
    const ctx = await contextFor(admin);
    await inviteStaff(ctx, { email, role: "CONTENT" });
    const first = (await emailTo(email)).token;
    await inviteStaff(ctx, { email, role: "PRIVACY" });
    expect(await staffInvitationForToken(first)).toEqual({ status: "invalid" });
  });

  it("refuses an address that already has a staff account", async () => {
    const admin = await createUser({ staffRoles: ["ADMIN"] });
    const colleague = await createUser({ staffRoles: ["CONTENT"] });
    await expect(
      inviteStaff(await contextFor(admin), { email: colleague.email, role: "SUPPORT" }),
    ).rejects.toMatchObject({ code: "conflict" });
  });

  it("is rate-limited per inviting user (S20)", async () => {
    const admin = await createUser({ staffRoles: ["ADMIN"] });
    const ctx = await contextFor(admin);
    for (let i = 0; i < 20; i++) await inviteStaff(ctx, { email: address("flood"), role: "SUPPORT" });
    await expect(inviteStaff(ctx, { email: address("flood"), role: "SUPPORT" })).rejects.toMatchObject({
      code: "rate_limited",
    });
  });
});

describe("who may invite whom (S11, S23)", () => {
  it("SUPPORT cannot invite at all; customers are told the page does not exist", async () => {
    const support = await createUser({ staffRoles: ["SUPPORT"] });
    const customer = await createUser();
    const email = address("nope");
    await expect(inviteStaff(await contextFor(support), { email, role: "SUPPORT" })).rejects.toMatchObject({
      code: "forbidden",
    });
    await expect(inviteStaff(await contextFor(customer), { email, role: "SUPPORT" })).rejects.toMatchObject({
      code: "not_found",
    });
    expect(await db.staffInvitation.count({ where: { email } })).toBe(0);
  });

  it("SECURITY invites only below its own rank: not ADMIN, not SECURITY", async () => {
    const security = await createUser({ staffRoles: ["SECURITY"] });
    const ctx = await contextFor(security);
    for (const role of ["ADMIN", "SECURITY"] as const)
      await expect(inviteStaff(ctx, { email: address("high"), role })).rejects.toMatchObject({
        code: "forbidden",
      });
    await expect(inviteStaff(ctx, { email: address("low"), role: "CONTENT" })).resolves.toMatchObject({
      role: "CONTENT",
    });
  });

  it("an ADMIN may invite another ADMIN", async () => {
    const admin = await createUser({ staffRoles: ["ADMIN"] });
    await expect(
      inviteStaff(await contextFor(admin), { email: address("admin"), role: "ADMIN" }),
    ).resolves.toMatchObject({ role: "ADMIN" });
  });
});
