// Customer organisations in the staff console (S11, S12, S13, S17, S20): staff with
// admin.organizations.manage (ADMIN, PRIVACY) create one, invite its first owner through the customer
// invitation mechanism and change its contract settings; everything is audited in the organisation's
// chain. SUPPORT and CONTENT cannot; an unknown organisation is not found.
import { describe, expect, it, vi } from "vitest";
import { createOrganization as makeOrganization, createUser } from "../../prisma/factories.ts";
import { db } from "../db/client.ts";
import { outboxBody } from "../mail/outbox.ts";
import { anonymousContext, contextFor, TEST_CLIENT } from "../testing/context.ts";
import { fixedClock } from "../time/clock.ts";
import { acceptInvitationAsNewUser } from "./accept-invitation-as-new-user.ts";
import { updateContractSettings } from "./contract-settings.ts";
import { createOrganization } from "./create-organization.ts";
import { inviteFirstOwner } from "./invite-first-owner.ts";
import { ORGANIZATION_MESSAGES } from "./messages.ts";
import { getOrganizationForStaff } from "./organization-for-staff.ts";
import { createOrganizationInput, type CreateOrganizationInput } from "./organization-input.ts";

vi.mock("../jobs/email-jobs.ts", () => ({ requestEmailDelivery: async () => {} }));

const tag = () => Math.random().toString(36).slice(2, 10);

function organizationInput(overrides: Partial<CreateOrganizationInput> = {}): CreateOrganizationInput {
  return {
    name: "Umbrella Logistics GmbH",
    slug: `umbrella-${tag()}`,
    breachNotificationHours: 24,
    dsrDueDays: 10,
    defaultTimeZone: "Europe/Berlin",
    defaultLanguage: "de",
    ...overrides,
  };
}

const staff = (role: "ADMIN" | "PRIVACY" | "SECURITY" | "SUPPORT" | "CONTENT") =>
  createUser({ staffRoles: [role] });

async function invitationLink(to: string): Promise<string> {
  const mail = await db.outboxEmail.findFirstOrThrow({
    where: { toAddress: to },
    orderBy: { createdAt: "desc" },
  });
  const match = /\/invite\/([A-Za-z0-9_-]{43})\b/.exec(outboxBody(mail));
  expect(match, "the email carries the invitation link").not.toBeNull();
  return match![1]!;
}

describe("creating a customer organisation", () => {
  it("an administrator creates one with its contract settings, audited as its chain's first event", async () => {
    const admin = await staff("ADMIN");
    const clock = fixedClock("2026-12-01T09:00:00.000Z");
    const input = organizationInput();
    const created = await createOrganization(await contextFor(admin, { clock }), input);

    expect(created.slug).toBe(input.slug);
    const row = await db.organization.findUniqueOrThrow({ where: { id: created.id } });
    expect(row).toMatchObject({ ...input, createdAt: clock.now() });
    const events = await db.auditEvent.findMany({ where: { organizationId: created.id } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      chain: `org:${created.id}`,
      seq: 1,
      action: "org.organization.created",
      actorUserId: admin.id,
      targetType: "Organization",
      targetId: created.id,
      ip: TEST_CLIENT.ip,
      metadata: input,
    });
  });

  it("privacy staff may create one too", async () => {
    const ctx = await contextFor(await staff("PRIVACY"));
    const { id } = await createOrganization(ctx, organizationInput());
    expect(await db.organization.count({ where: { id } })).toBe(1);
  });

  it("refuses a slug another organisation has, and stores nothing", async () => {
    const existing = await makeOrganization();
    const ctx = await contextFor(await staff("ADMIN"));
    const name = `Duplicate ${tag()}`;
    await expect(
      createOrganization(ctx, organizationInput({ slug: existing.slug, name })),
    ).rejects.toMatchObject({
      code: "conflict",
      text: ORGANIZATION_MESSAGES.slugTaken(existing.slug),
    });
    expect(await db.organization.count({ where: { name } })).toBe(0);
  });

  it("the form refuses a reserved slug and an unknown time zone before anything is stored", () => {
    const refused = (overrides: Record<string, string>) =>
      createOrganizationInput.safeParse({
        ...organizationInput(),
        breachNotificationHours: "24",
        dsrDueDays: "10",
        ...overrides,
      }).success;
    expect(refused({})).toBe(true);
    expect(refused({ slug: "admin" })).toBe(false);
    expect(refused({ defaultTimeZone: "Europe/Atlantis" })).toBe(false);
  });

  it.each(["SUPPORT", "CONTENT", "SECURITY"] as const)("%s staff cannot create one", async (role) => {
    const slug = `refused-${tag()}`;
    await expect(
      createOrganization(await contextFor(await staff(role)), organizationInput({ slug })),
    ).rejects.toMatchObject({ code: "forbidden" });
    expect(await db.organization.count({ where: { slug } })).toBe(0);
  });

  it("a customer (no staff role) is told nothing exists; an anonymous caller must sign in", async () => {
    const org = await makeOrganization();
    const owner = await createUser({ memberships: [{ organizationId: org.id, role: "OWNER" }] });
    await expect(createOrganization(await contextFor(owner), organizationInput())).rejects.toMatchObject({
      code: "not_found",
    });
    await expect(createOrganization(anonymousContext(), organizationInput())).rejects.toMatchObject({
      code: "unauthenticated",
    });
  });
});

describe("inviting the first owner", () => {
  it("emails the link; accepting it makes the invitee the organisation's OWNER", async () => {
    const admin = await staff("ADMIN");
    const clock = fixedClock("2026-12-01T10:00:00.000Z");
    const ctx = await contextFor(admin, { clock });
    const { id } = await createOrganization(ctx, organizationInput());
    const email = `owner.${tag()}@umbrella.example`;

    expect(await inviteFirstOwner(ctx, { organizationId: id, email })).toEqual({
      email,
      expiresAt: new Date(clock.now().getTime() + 7 * 86_400_000),
    });
    // Written in the organisation's language (German here): the address has no account to choose one.
    const mail = await db.outboxEmail.findFirstOrThrow({ where: { toAddress: email } });
    expect(mail.subject).toBe("Einladung zu Umbrella Logistics GmbH");
    expect(outboxBody(mail)).toContain("als Inhaber");
    const invitation = await db.invitation.findFirstOrThrow({ where: { organizationId: id, email } });
    expect(invitation).toMatchObject({ role: "OWNER", invitedById: admin.id, acceptedAt: null });
    expect(
      await db.auditEvent.findFirst({
        where: { organizationId: id, action: "org.invitation.created", actorUserId: admin.id },
      }),
    ).toMatchObject({ targetId: invitation.id, metadata: { email, role: "OWNER", replaced: 0 } });
    expect((await getOrganizationForStaff(ctx, id)).invitations).toMatchObject([
      { email, role: "OWNER", status: "pending" },
    ]);

    const token = await invitationLink(email);
    const accepted = await acceptInvitationAsNewUser(anonymousContext({ clock }), {
      token,
      name: "Olivia Owner",
      password: `umbrella owner ${tag()} keeps the keys`,
    });
    expect(
      await db.membership.findFirstOrThrow({ where: { organizationId: id, userId: accepted.userId } }),
    ).toMatchObject({ role: "OWNER" });
    const view = await getOrganizationForStaff(ctx, id);
    expect(view.hasOwner).toBe(true);
    expect(view.members).toMatchObject([{ email, role: "OWNER", name: "Olivia Owner" }]);
    expect(view.invitations).toMatchObject([{ email, status: "accepted" }]);

    await expect(
      inviteFirstOwner(ctx, { organizationId: id, email: `second.${tag()}@umbrella.example` }),
    ).rejects.toMatchObject({
      code: "conflict",
      text: ORGANIZATION_MESSAGES.ownerAlreadyExists,
    });
  });

  it("a new owner invitation replaces an open one (a mistyped address cannot still be accepted)", async () => {
    const ctx = await contextFor(await staff("ADMIN"));
    const { id } = await createOrganization(ctx, organizationInput());
    const typo = `owner.${tag()}@umbrela.example`;
    await inviteFirstOwner(ctx, { organizationId: id, email: typo });
    const typoToken = await invitationLink(typo);
    await inviteFirstOwner(ctx, { organizationId: id, email: `owner.${tag()}@umbrella.example` });

    expect(
      await db.invitation.findFirstOrThrow({ where: { organizationId: id, email: typo } }),
    ).toMatchObject({
      revokedAt: expect.any(Date),
    });
    await expect(
      acceptInvitationAsNewUser(anonymousContext(), {
        token: typoToken,
        name: "Mallory",
        password: `x ${tag()} long enough pass`,
      }),
    ).rejects.toMatchObject({ code: "conflict", text: ORGANIZATION_MESSAGES.invalidInvitation });
  });

  it("is rate-limited per inviting staff member (S20)", async () => {
    const admin = await staff("ADMIN");
    const clock = fixedClock("2026-12-02T08:00:00.000Z");
    const ctx = await contextFor(admin, { clock });
    const organizations = await Promise.all(Array.from({ length: 3 }, () => makeOrganization()));
    let sent = 0;
    let refusal: unknown;
    for (let i = 0; i < 25 && !refusal; i++) {
      try {
        await inviteFirstOwner(ctx, {
          organizationId: organizations[i % 3]!.id,
          email: `o${i}.${tag()}@example.test`,
        });
        sent++;
      } catch (error) {
        refusal = error;
      }
    }
    expect(sent).toBe(20);
    expect(refusal).toMatchObject({ code: "rate_limited" });
  });

  it.each(["SUPPORT", "CONTENT"] as const)("%s staff cannot invite an owner", async (role) => {
    const org = await makeOrganization();
    const email = `owner.${tag()}@example.test`;
    await expect(
      inviteFirstOwner(await contextFor(await staff(role)), { organizationId: org.id, email }),
    ).rejects.toMatchObject({ code: "forbidden" });
    expect(await db.invitation.count({ where: { email } })).toBe(0);
    expect(await db.outboxEmail.count({ where: { toAddress: email } })).toBe(0);
  });

  it("an unknown organisation is not found", async () => {
    const ctx = await contextFor(await staff("ADMIN"));
    await expect(
      inviteFirstOwner(ctx, {
        organizationId: "c0000000000000000000unknown",
        email: `x.${tag()}@example.test`,
      }),
    ).rejects.toMatchObject({ code: "not_found" });
  });
});

describe("editing the contract settings", () => {
  it("saves the new values, audited with before and after; the same values change nothing", async () => {
    const admin = await staff("ADMIN");
    const clock = fixedClock("2026-12-03T09:00:00.000Z");
    const ctx = await contextFor(admin, { clock });
    const { id } = await createOrganization(ctx, organizationInput());
    const next = {
      organizationId: id,
      breachNotificationHours: 12,
      dsrDueDays: 10,
      defaultTimeZone: "Europe/Vienna",
      defaultLanguage: "de" as const,
    };

    expect(await updateContractSettings(ctx, next)).toEqual({ changed: true });
    expect(await db.organization.findUniqueOrThrow({ where: { id } })).toMatchObject({
      breachNotificationHours: 12,
      defaultTimeZone: "Europe/Vienna",
    });
    const event = await db.auditEvent.findFirstOrThrow({
      where: { organizationId: id, action: "org.contract.updated" },
    });
    expect(event).toMatchObject({
      chain: `org:${id}`,
      actorUserId: admin.id,
      targetType: "Organization",
      targetId: id,
      metadata: {
        changes: {
          breachNotificationHours: { from: 24, to: 12 },
          defaultTimeZone: { from: "Europe/Berlin", to: "Europe/Vienna" },
        },
      },
    });
    expect(await updateContractSettings(ctx, next)).toEqual({ changed: false });
    expect(await db.auditEvent.count({ where: { organizationId: id, action: "org.contract.updated" } })).toBe(
      1,
    );
  });

  it.each(["SUPPORT", "CONTENT", "SECURITY"] as const)("%s staff cannot change them", async (role) => {
    const org = await makeOrganization({ breachNotificationHours: 36 });
    await expect(
      updateContractSettings(await contextFor(await staff(role)), {
        organizationId: org.id,
        breachNotificationHours: 72,
        dsrDueDays: 10,
        defaultTimeZone: "UTC",
        defaultLanguage: "en",
      }),
    ).rejects.toMatchObject({ code: "forbidden" });
    expect((await db.organization.findUniqueOrThrow({ where: { id: org.id } })).breachNotificationHours).toBe(
      36,
    );
  });

  it("an unknown organisation is not found", async () => {
    const ctx = await contextFor(await staff("ADMIN"));
    await expect(
      updateContractSettings(ctx, {
        organizationId: "c0000000000000000000unknown",
        breachNotificationHours: 12,
        dsrDueDays: 10,
        defaultTimeZone: "UTC",
        defaultLanguage: "en",
      }),
    ).rejects.toMatchObject({ code: "not_found" });
  });
});

describe("the organisation page's data", () => {
  it("support staff may see it but not change it; content staff may not see it; an unknown id is not found", async () => {
    const org = await makeOrganization();
    expect(await getOrganizationForStaff(await contextFor(await staff("SUPPORT")), org.id)).toMatchObject({
      id: org.id,
      slug: org.slug,
      mayManage: false,
      hasOwner: false,
    });
    expect((await getOrganizationForStaff(await contextFor(await staff("PRIVACY")), org.id)).mayManage).toBe(
      true,
    );
    await expect(
      getOrganizationForStaff(await contextFor(await staff("CONTENT")), org.id),
    ).rejects.toMatchObject({
      code: "forbidden",
    });
    await expect(
      getOrganizationForStaff(await contextFor(await staff("ADMIN")), "c0000000000000000000unknown"),
    ).rejects.toMatchObject({ code: "not_found" });
  });
});
