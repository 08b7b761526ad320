// "SSO required" cannot lock out the owner who turns it on (SECURITY.md S7, S11, S17): password and
// email-link sign-in stop for members, and Microsoft sign-in never links an existing account by email,
// so enabling it is refused until the acting owner has connected their own Microsoft account in the
// connection's tenant. The settings page is told how many members have not connected one.
// Policies that can shut people out (the IP allow-list, "Microsoft sign-in only") are an owner's
// decision, and no change leaves the organisation without an owner able to get in (S23).
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createOrganization, createUser } from "../../prisma/factories.ts";
import { authorizeOrgBySlug } from "../auth/authorization/authorize.ts";
import { startSession } from "../auth/sessions/start-session.ts";
import { db } from "../db/client.ts";
import { anonymousContext, contextFor } from "../testing/context.ts";
import { createSsoConnectionRecord, uniqueDomain } from "../testing/sso-connection.ts";
import { ORGANIZATION_MESSAGES } from "./messages.ts";
import { getSecurityPolicy, securityPolicyInput, updateSecurityPolicy } from "./security-policy.ts";

async function ssoOrganization() {
  const org = await createOrganization();
  const connection = await createSsoConnectionRecord({
    organizationId: org.id,
    approvedDomains: [uniqueDomain("policy")],
  });
  const owner = await createUser({ memberships: [{ organizationId: org.id, role: "OWNER" }] });
  return { org, connection, owner };
}

/** An owner's form: it carries the access restrictions (the allow-list and "Microsoft sign-in only"). */
const form = (slug: string, fields: Record<string, string> = {}) =>
  securityPolicyInput.parse({ slug, accessPolicies: "on", ipAllowlist: "", ...fields });
/** An admin's form: the access restrictions are shown read-only and not sent. */
const adminForm = (slug: string, fields: Record<string, string> = {}) =>
  securityPolicyInput.parse({ slug, ...fields });
const updates = (organizationId: string) =>
  db.auditEvent.count({ where: { chain: `org:${organizationId}`, action: "org.security_policy.updated" } });

describe("requiring SSO (S7, S17)", () => {
  it("is refused while the acting admin has no Microsoft identity in the connection's tenant, and saved once they have one", async () => {
    const { org, connection, owner } = await ssoOrganization();
    const ctx = await contextFor(owner);
    // An identity in another tenant does not count.
    await db.ssoIdentity.create({
      data: { userId: owner.id, tenantId: randomUUID(), objectId: randomUUID() },
    });

    await expect(updateSecurityPolicy(ctx, form(org.slug, { ssoRequired: "on" }))).rejects.toMatchObject({
      code: "conflict",
      text: ORGANIZATION_MESSAGES.ownMicrosoftAccountFirst,
    });
    expect((await db.organization.findUniqueOrThrow({ where: { id: org.id } })).ssoRequired).toBe(false);
    expect(await updates(org.id)).toBe(0);

    await db.ssoIdentity.create({
      data: { userId: owner.id, tenantId: connection.tenantId, objectId: randomUUID() },
    });
    expect(await updateSecurityPolicy(ctx, form(org.slug, { ssoRequired: "on" }))).toEqual({ changed: true });
    expect((await db.organization.findUniqueOrThrow({ where: { id: org.id } })).ssoRequired).toBe(true);
    const event = await db.auditEvent.findFirstOrThrow({
      where: { chain: `org:${org.id}`, action: "org.security_policy.updated" },
    });
    expect(event).toMatchObject({
      actorUserId: owner.id,
      metadata: { ssoRequired: { from: false, to: true } },
    });
  });

  it("guards only turning it on: an owner without an identity may still save other settings while it is on, and turn it off; an admin saves the MFA policy and leaves it on", async () => {
    const { org } = await ssoOrganization();
    await db.organization.update({ where: { id: org.id }, data: { ssoRequired: true } });
    const admin = await contextFor(
      await createUser({ memberships: [{ organizationId: org.id, role: "ADMIN" }] }),
    );
    expect(await updateSecurityPolicy(admin, adminForm(org.slug, { requireMfa: "on" }))).toEqual({
      changed: true,
    });
    expect((await db.organization.findUniqueOrThrow({ where: { id: org.id } })).ssoRequired).toBe(true);

    const owner = await contextFor(
      await createUser({ memberships: [{ organizationId: org.id, role: "OWNER" }] }),
    );
    expect(
      await updateSecurityPolicy(owner, form(org.slug, { ssoRequired: "on", requireMfa: "on" })),
    ).toEqual({
      changed: false,
    });
    expect(await updateSecurityPolicy(owner, form(org.slug, { requireMfa: "on" }))).toEqual({
      changed: true,
    });
    expect(await updateSecurityPolicy(owner, form(org.slug, { requireMfa: "on" }))).toEqual({
      changed: false,
    });
    expect((await db.organization.findUniqueOrThrow({ where: { id: org.id } })).ssoRequired).toBe(false);
  });

  it("tells the settings page how many members have not connected a Microsoft account, and whether the admin has", async () => {
    const { org, connection, owner } = await ssoOrganization();
    const connected = await createUser({ memberships: [{ organizationId: org.id, role: "MEMBER" }] });
    await createUser({ memberships: [{ organizationId: org.id, role: "MEMBER" }] });
    await db.ssoIdentity.create({
      data: { userId: connected.id, tenantId: connection.tenantId, objectId: randomUUID() },
    });
    const ctx = await contextFor(owner);
    expect(await getSecurityPolicy(ctx, org.slug)).toMatchObject({
      ssoAvailable: true,
      membersWithoutSsoIdentity: 2,
      actorHasSsoIdentity: false,
    });

    await db.ssoIdentity.create({
      data: { userId: owner.id, tenantId: connection.tenantId, objectId: randomUUID() },
    });
    expect(await getSecurityPolicy(ctx, org.slug)).toMatchObject({
      membersWithoutSsoIdentity: 1,
      actorHasSsoIdentity: true,
    });
  });
});

describe("the IP allow-list and who may set policies (S11, S12, S17)", () => {
  it("refuses bad ranges and a list without the admin's own address; saves one with it", async () => {
    const org = await createOrganization();
    const owner = await createUser({ memberships: [{ organizationId: org.id, role: "OWNER" }] });
    const ctx = await contextFor(owner, { request: { ip: "203.0.113.9" } });

    await expect(
      updateSecurityPolicy(ctx, form(org.slug, { ipAllowlist: "10.0.0.0/33" })),
    ).rejects.toMatchObject({
      code: "invalid",
      text: ORGANIZATION_MESSAGES.invalidIpRanges(["10.0.0.0/33"]),
    });
    await expect(
      updateSecurityPolicy(ctx, form(org.slug, { ipAllowlist: "198.51.100.0/24" })),
    ).rejects.toMatchObject({
      code: "invalid",
      text: ORGANIZATION_MESSAGES.ownAddressNotAllowed("203.0.113.9"),
    });
    expect((await db.organization.findUniqueOrThrow({ where: { id: org.id } })).ipAllowlist).toEqual([]);
    expect(await updates(org.id)).toBe(0);

    expect(
      await updateSecurityPolicy(
        ctx,
        form(org.slug, { ipAllowlist: "203.0.113.0/24  # office\n198.51.100.0/24" }),
      ),
    ).toEqual({ changed: true });
    expect((await db.organization.findUniqueOrThrow({ where: { id: org.id } })).ipAllowlist).toEqual([
      "203.0.113.0/24",
      "198.51.100.0/24",
    ]);
    const event = await db.auditEvent.findFirstOrThrow({
      where: { chain: `org:${org.id}`, action: "org.security_policy.updated" },
    });
    expect(event).toMatchObject({ actorUserId: owner.id, ip: "203.0.113.9" });
    expect(event.metadata).toMatchObject({
      ipAllowlist: { from: [], to: ["203.0.113.0/24", "198.51.100.0/24"] },
    });
  });

  it("refuses requiring SSO without an enabled connection", async () => {
    const org = await createOrganization();
    const ctx = await contextFor(
      await createUser({ memberships: [{ organizationId: org.id, role: "OWNER" }] }),
    );
    await expect(updateSecurityPolicy(ctx, form(org.slug, { ssoRequired: "on" }))).rejects.toMatchObject({
      code: "conflict",
      text: ORGANIZATION_MESSAGES.ssoNotEnabled,
    });
    expect(await updates(org.id)).toBe(0);
  });

  it("a PRIVACY_OFFICER is refused; an owner of another organisation gets not-found; nothing changes", async () => {
    const org = await createOrganization();
    const officer = await contextFor(
      await createUser({ memberships: [{ organizationId: org.id, role: "PRIVACY_OFFICER" }] }),
    );
    await expect(updateSecurityPolicy(officer, form(org.slug, { requireMfa: "on" }))).rejects.toMatchObject({
      code: "forbidden",
    });
    await expect(getSecurityPolicy(officer, org.slug)).rejects.toMatchObject({ code: "forbidden" });
    const other = await createOrganization();
    const outsider = await contextFor(
      await createUser({ memberships: [{ organizationId: other.id, role: "OWNER" }] }),
    );
    await expect(updateSecurityPolicy(outsider, form(org.slug, { requireMfa: "on" }))).rejects.toMatchObject({
      code: "not_found",
    });
    expect((await db.organization.findUniqueOrThrow({ where: { id: org.id } })).requireMfa).toBe(false);
    expect(await updates(org.id)).toBe(0);
  });
});

describe("policies that can shut owners out are an owner's decision (S23)", () => {
  const policyOf = async (organizationId: string) =>
    db.organization.findUniqueOrThrow({
      where: { id: organizationId },
      select: { requireMfa: true, ssoRequired: true, ipAllowlist: true },
    });
  const denials = (organizationId: string) =>
    db.auditEvent.count({ where: { chain: `org:${organizationId}`, action: "authz.denied" } });

  it("an ADMIN cannot set an IP allow-list, even one with their own address; nothing changes and the refusal is audited (S23)", async () => {
    const org = await createOrganization();
    await createUser({ memberships: [{ organizationId: org.id, role: "OWNER" }] });
    const admin = await contextFor(
      await createUser({ memberships: [{ organizationId: org.id, role: "ADMIN" }] }),
      { request: { ip: "203.0.113.9" } },
    );

    await expect(
      updateSecurityPolicy(admin, form(org.slug, { ipAllowlist: "203.0.113.9/32" })),
    ).rejects.toMatchObject({ code: "forbidden", text: ORGANIZATION_MESSAGES.ownersDecideAccess });
    expect(await policyOf(org.id)).toEqual({ requireMfa: false, ssoRequired: false, ipAllowlist: [] });
    expect(await updates(org.id)).toBe(0);
    expect(await denials(org.id)).toBe(1);
  });

  it("an ADMIN cannot require Microsoft sign-in, even with their own Microsoft account connected (S23)", async () => {
    const { org, connection } = await ssoOrganization();
    const adminUser = await createUser({ memberships: [{ organizationId: org.id, role: "ADMIN" }] });
    await db.ssoIdentity.create({
      data: { userId: adminUser.id, tenantId: connection.tenantId, objectId: randomUUID() },
    });
    const admin = await contextFor(adminUser);

    await expect(updateSecurityPolicy(admin, form(org.slug, { ssoRequired: "on" }))).rejects.toMatchObject({
      code: "forbidden",
      text: ORGANIZATION_MESSAGES.ownersDecideAccess,
    });
    expect((await policyOf(org.id)).ssoRequired).toBe(false);
    expect(await updates(org.id)).toBe(0);
  });

  it("an ADMIN cannot lift an owner's restrictions either, but saves the MFA policy with them kept (S23)", async () => {
    const org = await createOrganization();
    await db.organization.update({ where: { id: org.id }, data: { ipAllowlist: ["192.0.2.0/24"] } });
    const admin = await contextFor(
      await createUser({ memberships: [{ organizationId: org.id, role: "ADMIN" }] }),
      { request: { ip: "192.0.2.15" } },
    );

    await expect(updateSecurityPolicy(admin, form(org.slug, { ipAllowlist: "" }))).rejects.toMatchObject({
      code: "forbidden",
    });
    expect(await updateSecurityPolicy(admin, adminForm(org.slug, { requireMfa: "on" }))).toEqual({
      changed: true,
    });
    expect(await policyOf(org.id)).toEqual({
      requireMfa: true,
      ssoRequired: false,
      ipAllowlist: ["192.0.2.0/24"],
    });
    // An admin's form that still sent the restrictions would be refused, not read as "none".
    expect(
      securityPolicyInput.safeParse({ slug: org.slug, ssoRequired: "on", ipAllowlist: "" }).success,
    ).toBe(false);
  });

  it("the settings page knows who decides: owners may restrict access, admins see it read-only (S23)", async () => {
    const org = await createOrganization();
    const owner = await contextFor(
      await createUser({ memberships: [{ organizationId: org.id, role: "OWNER" }] }),
    );
    const admin = await contextFor(
      await createUser({ memberships: [{ organizationId: org.id, role: "ADMIN" }] }),
    );
    expect(await getSecurityPolicy(owner, org.slug)).toMatchObject({ canRestrictAccess: true });
    expect(await getSecurityPolicy(admin, org.slug)).toMatchObject({ canRestrictAccess: false });
  });

  it("an OWNER sets the allow-list and requires Microsoft sign-in; that owner can still get in afterwards (S23)", async () => {
    const { org, connection, owner: ownerUser } = await ssoOrganization();
    await db.ssoIdentity.create({
      data: { userId: ownerUser.id, tenantId: connection.tenantId, objectId: randomUUID() },
    });
    const owner = await contextFor(ownerUser, { request: { ip: "198.51.100.20" } });

    expect(
      await updateSecurityPolicy(
        owner,
        form(org.slug, { ipAllowlist: "198.51.100.0/24", ssoRequired: "on" }),
      ),
    ).toEqual({ changed: true });
    expect(await policyOf(org.id)).toMatchObject({ ssoRequired: true, ipAllowlist: ["198.51.100.0/24"] });

    // The owner still reaches the organisation from where they are, and can still sign in (with Microsoft).
    const again = await contextFor(ownerUser, { request: { ip: "198.51.100.20" } });
    await expect(authorizeOrgBySlug(again, org.slug, "org.settings.manage")).resolves.toMatchObject({
      role: "OWNER",
    });
    const anonymous = anonymousContext({ request: { ip: "198.51.100.20" } });
    expect(await startSession(anonymous, { userId: ownerUser.id, method: "SSO" })).toMatchObject({
      ok: true,
    });
    expect(await startSession(anonymous, { userId: ownerUser.id, method: "PASSWORD" })).toEqual({
      ok: false,
      reason: "sso_required",
    });
  });
});
