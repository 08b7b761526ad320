// "SSO required" cannot lock out the admin who turns it on (SECURITY.md S7, S11, S17): password and
// email-link sign-in stop for members, and Microsoft sign-in never links an existing account by email,
// so enabling it is refused until the acting admin has connected their own Microsoft account in the
// connection's tenant. The settings page is told how many members have not connected one.
import { randomUUID } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import { createOrganization, createUser } from "../../prisma/factories.ts";
import { UserFacingError } from "../errors.ts";
import { db } from "../db/client.ts";
import { actAs } from "../testing/fake-next-request.ts";
import { createSsoConnectionRecord, uniqueDomain } from "../testing/sso-connection.ts";
import {
  getSecurityPolicy,
  OWN_MICROSOFT_ACCOUNT_FIRST,
  securityPolicyInput,
  updateSecurityPolicy,
} from "./security-policy.ts";

vi.mock("next/headers", async () => (await import("../testing/fake-next-request.ts")).nextHeadersMock);

async function ssoOrganization() {
  const org = await createOrganization();
  const connection = await createSsoConnectionRecord({
    organizationId: org.id,
    allowedDomains: [uniqueDomain("policy")],
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
    await actAs(owner);
    // An identity in another tenant does not count.
    await db.ssoIdentity.create({
      data: { userId: owner.id, tenantId: randomUUID(), objectId: randomUUID() },
    });

    const refused = updateSecurityPolicy(form(org.slug, { ssoRequired: "on" }));
    await expect(refused).rejects.toThrow(OWN_MICROSOFT_ACCOUNT_FIRST);
    await expect(refused).rejects.toBeInstanceOf(UserFacingError);
    expect((await db.organization.findUniqueOrThrow({ where: { id: org.id } })).ssoRequired).toBe(false);
    expect(await updates(org.id)).toBe(0);

    await db.ssoIdentity.create({
      data: { userId: owner.id, tenantId: connection.tenantId, objectId: randomUUID() },
    });
    expect(await updateSecurityPolicy(form(org.slug, { ssoRequired: "on" }))).toBe(
      "Security settings saved.",
    );
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
    await actAs(admin);
    expect(await updateSecurityPolicy(form(org.slug, { ssoRequired: "on", requireMfa: "on" }))).toBe(
      "Security settings saved.",
    );
    expect(await updateSecurityPolicy(form(org.slug, { requireMfa: "on" }))).toBe("Security settings saved.");
    expect((await db.organization.findUniqueOrThrow({ where: { id: org.id } })).ssoRequired).toBe(false);
  });

  it("tells the settings page how many members have not connected a Microsoft account, and whether the admin has", async () => {
    const { org, connection, owner } = await ssoOrganization();
    const connected = await createUser({ memberships: [{ organizationId: org.id, role: "MEMBER" }] });
    await createUser({ memberships: [{ organizationId: org.id, role: "MEMBER" }] });
    await db.ssoIdentity.create({
      data: { userId: connected.id, tenantId: connection.tenantId, objectId: randomUUID() },
    });
    await actAs(owner);
    expect(await getSecurityPolicy(org.slug)).toMatchObject({
      ssoAvailable: true,
      membersWithoutSsoIdentity: 2,
      actorHasSsoIdentity: false,
    });

    await db.ssoIdentity.create({
      data: { userId: owner.id, tenantId: connection.tenantId, objectId: randomUUID() },
    });
    expect(await getSecurityPolicy(org.slug)).toMatchObject({
      membersWithoutSsoIdentity: 1,
      actorHasSsoIdentity: true,
    });
  });
});
