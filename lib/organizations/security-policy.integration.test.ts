// "SSO required" cannot lock out the admin who turns it on (SECURITY.md S7, S11, S17): password and
// email-link sign-in stop for members, and Microsoft sign-in never links an existing account by email,
// so enabling it is refused until the acting admin has connected their own Microsoft account in the
// connection's tenant. The settings page is told how many members have not connected one.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createOrganization, createUser } from "../../prisma/factories.ts";
import { db } from "../db/client.ts";
import { contextFor } from "../testing/context.ts";
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

const form = (slug: string, fields: Record<string, string> = {}) =>
  securityPolicyInput.parse({ slug, ipAllowlist: "", ...fields });
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

  it("guards only turning it on: an admin without an identity may still save other settings while it is on, and turn it off", async () => {
    const { org } = await ssoOrganization();
    await db.organization.update({ where: { id: org.id }, data: { ssoRequired: true } });
    const admin = await createUser({ memberships: [{ organizationId: org.id, role: "ADMIN" }] });
    const ctx = await contextFor(admin);
    expect(await updateSecurityPolicy(ctx, form(org.slug, { ssoRequired: "on", requireMfa: "on" }))).toEqual({
      changed: true,
    });
    expect(await updateSecurityPolicy(ctx, form(org.slug, { requireMfa: "on" }))).toEqual({ changed: true });
    expect(await updateSecurityPolicy(ctx, form(org.slug, { requireMfa: "on" }))).toEqual({ changed: false });
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
      await createUser({ memberships: [{ organizationId: org.id, role: "ADMIN" }] }),
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
