// Configuring an organisation's Microsoft Entra ID connection (SECURITY.md S7, S11, S13, S17, S27): owners
// and admins only, the client secret sealed at rest and never returned, kept when left empty, listed
// domains claimed (pending until staff approve; one approved organisation per domain), no OWNER for
// just-in-time members, every save audited without the secret.
import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { createOrganization, createUser } from "../../../prisma/factories.ts";
import type { SignedInContext } from "../../context/context.ts";
import { open } from "../../crypto/secret-box.ts";
import { db } from "../../db/client.ts";
import type { CustomerRole } from "../../generated/prisma/enums.ts";
import { contextFor } from "../../testing/context.ts";
import { wholeDatabaseText } from "../../testing/database-text.ts";
import { connectionForEmail, getSsoSettings, saveSsoConnection, ssoConnectionInput } from "./connection.ts";
import { approveDomainClaim } from "./domain-review.ts";
import { SSO_MESSAGES } from "./messages.ts";
import { clientSecretContext } from "./msal.ts";

let requestId = "";
/** Each test's own domain (a domain belongs to one connection, and tests share a database). */
let domain = "";
beforeEach(() => {
  requestId = `req-${randomUUID()}`;
  domain = `acme-${randomUUID().slice(0, 8)}.example`;
});

/** A new member of the organisation with `role`, signed in, calling with this test's request id. */
async function actingAs(
  role: CustomerRole,
  organizationId: string,
): Promise<{ user: { id: string }; ctx: SignedInContext }> {
  const user = await createUser({ memberships: [{ organizationId, role }] });
  const ctx = await contextFor(user, {
    request: { ip: "192.0.2.10", userAgent: "sso-settings test", requestId },
  });
  return { user, ctx };
}

const TENANT = "6f1c2a4e-0b7d-4c55-9a10-3e2f8d9b7c61";
const CLIENT = "0d9e8f7a-6b5c-4d3e-8f2a-1b0c9d8e7f6a";

function form(slug: string, overrides: Record<string, unknown> = {}) {
  return ssoConnectionInput("en").parse({
    slug,
    tenantId: TENANT.toUpperCase(),
    clientId: CLIENT,
    clientSecret: "",
    allowedDomains: `${domain.toUpperCase()}, @eu.${domain}\n${domain}`,
    defaultRole: "MEMBER",
    enabled: "on",
    ...overrides,
  });
}

describe("SSO connection settings", () => {
  it("creates the connection with the secret sealed under the organisation, normalised ids and domains, and audits which fields changed (S17)", async () => {
    const org = await createOrganization();
    const { user: owner, ctx } = await actingAs("OWNER", org.id);
    const secret = `canary-secret-${randomUUID()}`;

    await expect(saveSsoConnection(ctx, form(org.slug, { clientSecret: ` ${secret} ` }))).resolves.toEqual({
      created: true,
      changed: ["tenantId", "clientId", "allowedDomains", "defaultRole", "enabled", "clientSecret"],
      requested: [domain, `eu.${domain}`],
    });

    const row = await db.ssoConnection.findUniqueOrThrow({ where: { organizationId: org.id } });
    expect(row).toMatchObject({ tenantId: TENANT, clientId: CLIENT, defaultRole: "MEMBER", enabled: true });
    // The listed domains are claims waiting for staff (S27).
    const claims = await db.ssoDomainClaim.findMany({
      where: { organizationId: org.id },
      orderBy: { domain: "asc" },
    });
    expect(claims.map((c) => [c.domain, c.status, c.requestedById])).toEqual([
      [domain, "PENDING", owner.id],
      [`eu.${domain}`, "PENDING", owner.id],
    ]);
    for (const chain of [`org:${org.id}`, "provider"]) {
      const claimed = await db.auditEvent.findMany({
        where: { chain, action: "sso.domain.claimed", requestId },
      });
      expect(claimed).toHaveLength(1);
      expect(claimed[0]).toMatchObject({
        actorUserId: owner.id,
        metadata: { organizationId: org.id, domains: [domain, `eu.${domain}`] },
      });
    }
    expect(row.clientSecretEnc).not.toContain(secret);
    expect(open(row.clientSecretEnc, clientSecretContext(org.id))).toBe(secret);
    // Bound to the organisation: the ciphertext does not open for another one.
    expect(() => open(row.clientSecretEnc, clientSecretContext("another-org"))).toThrow();
    expect(await wholeDatabaseText()).not.toContain(secret);

    const events = await db.auditEvent.findMany({ where: { action: "sso.connection.saved", requestId } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      organizationId: org.id,
      actorUserId: owner.id,
      targetType: "SsoConnection",
      targetId: row.id,
      ip: "192.0.2.10",
      metadata: {
        created: true,
        changed: ["tenantId", "clientId", "allowedDomains", "defaultRole", "enabled", "clientSecret"],
        enabled: true,
      },
    });
    expect(JSON.stringify(events[0])).not.toContain(secret);
  });

  it("never returns the secret, keeps it when the field is left empty, and replaces it when given", async () => {
    const org = await createOrganization();
    const { ctx } = await actingAs("ADMIN", org.id);
    await saveSsoConnection(ctx, form(org.slug, { clientSecret: "first-secret-value" }));
    const sealedBefore = (await db.ssoConnection.findUniqueOrThrow({ where: { organizationId: org.id } }))
      .clientSecretEnc;

    const settings = await getSsoSettings(ctx, org.slug);
    expect(settings.connection).toMatchObject({
      tenantId: TENANT,
      hasClientSecret: true,
      domains: [
        { domain, status: "PENDING", reason: null },
        { domain: `eu.${domain}`, status: "PENDING", reason: null },
      ],
    });
    expect(JSON.stringify(settings)).not.toContain("first-secret-value");
    expect(JSON.stringify(settings)).not.toContain(sealedBefore);
    expect(settings.redirectUri).toBe("http://localhost:3000/api/auth/sso/callback");

    await expect(
      saveSsoConnection(ctx, form(org.slug, { defaultRole: "AUDITOR", enabled: undefined })),
    ).resolves.toEqual({ created: false, changed: ["defaultRole", "enabled"], requested: [] });
    const kept = await db.ssoConnection.findUniqueOrThrow({ where: { organizationId: org.id } });
    expect(kept.clientSecretEnc).toBe(sealedBefore);
    expect(kept).toMatchObject({ defaultRole: "AUDITOR", enabled: false });
    const update = await db.auditEvent.findFirstOrThrow({
      where: { action: "sso.connection.saved", requestId, metadata: { path: ["created"], equals: false } },
    });
    expect(update.metadata).toMatchObject({ changed: ["defaultRole", "enabled"] });

    await saveSsoConnection(ctx, form(org.slug, { clientSecret: "second-secret-value" }));
    const replaced = await db.ssoConnection.findUniqueOrThrow({ where: { organizationId: org.id } });
    expect(open(replaced.clientSecretEnc, clientSecretContext(org.id))).toBe("second-secret-value");
  });

  it("requires a secret when creating", async () => {
    const org = await createOrganization();
    const { ctx } = await actingAs("OWNER", org.id);
    await expect(saveSsoConnection(ctx, form(org.slug))).rejects.toMatchObject({
      code: "invalid",
      text: SSO_MESSAGES.clientSecretRequired,
    });
    expect(await db.ssoConnection.count({ where: { organizationId: org.id } })).toBe(0);
  });

  it("does not let a second organisation claim a domain approved for another one (S27)", async () => {
    const first = await createOrganization();
    const second = await createOrganization();
    const shared = `shared-${domain}`;
    const { ctx: firstOwner } = await actingAs("OWNER", first.id);
    await saveSsoConnection(firstOwner, form(first.slug, { clientSecret: "s1", allowedDomains: shared }));
    const staff = await createUser({ staffRoles: ["SECURITY"] });
    const claim = await db.ssoDomainClaim.findFirstOrThrow({ where: { organizationId: first.id } });
    await approveDomainClaim(await contextFor(staff), { claimId: claim.id, reason: "DNS record checked" });

    const { ctx: secondOwner } = await actingAs("OWNER", second.id);
    await expect(
      saveSsoConnection(
        secondOwner,
        form(second.slug, { clientSecret: "s2", allowedDomains: `own-${domain} ${shared.toUpperCase()}` }),
      ),
    ).rejects.toMatchObject({ code: "conflict", text: SSO_MESSAGES.domainsTaken([shared]) });
    expect(await db.ssoConnection.count({ where: { organizationId: second.id } })).toBe(0);
    expect(await db.ssoDomainClaim.count({ where: { organizationId: second.id } })).toBe(0);
    expect((await connectionForEmail(`a@${shared.toUpperCase()}`))?.organizationId).toBe(first.id);
  });

  it("withdraws the claims of domains taken off the list, and keeps the state of the others (S27)", async () => {
    const org = await createOrganization();
    const { ctx } = await actingAs("ADMIN", org.id);
    await saveSsoConnection(
      ctx,
      form(org.slug, { clientSecret: "s", allowedDomains: `${domain} old-${domain}` }),
    );
    const staff = await createUser({ staffRoles: ["ADMIN"] });
    const kept = await db.ssoDomainClaim.findFirstOrThrow({ where: { organizationId: org.id, domain } });
    await approveDomainClaim(await contextFor(staff), { claimId: kept.id, reason: "Called their IT lead" });

    await expect(
      saveSsoConnection(ctx, form(org.slug, { allowedDomains: `${domain} new-${domain}` })),
    ).resolves.toMatchObject({ changed: ["allowedDomains"], requested: [`new-${domain}`] });
    const claims = await db.ssoDomainClaim.findMany({
      where: { organizationId: org.id },
      orderBy: { domain: "asc" },
    });
    expect(claims.map((c) => [c.domain, c.status])).toEqual([
      [domain, "APPROVED"],
      [`new-${domain}`, "PENDING"],
    ]);
    const withdrawn = await db.auditEvent.findMany({
      where: { action: "sso.domain.withdrawn", requestId },
      orderBy: { chain: "asc" },
    });
    expect(withdrawn.map((e) => [e.chain, e.metadata])).toEqual([
      [`org:${org.id}`, { organizationId: org.id, domains: [`old-${domain}`] }],
      ["provider", { organizationId: org.id, domains: [`old-${domain}`] }],
    ]);
  });

  it("is refused to roles other than owner and admin, and to non-members, without a change (S11, S12)", async () => {
    const org = await createOrganization();
    for (const role of ["PRIVACY_OFFICER", "MEMBER", "AUDITOR"] as const) {
      const { ctx } = await actingAs(role, org.id);
      await expect(saveSsoConnection(ctx, form(org.slug, { clientSecret: "x" }))).rejects.toMatchObject({
        code: "forbidden",
      });
      await expect(getSsoSettings(ctx, org.slug)).rejects.toMatchObject({ code: "forbidden" });
    }
    const other = await createOrganization();
    const { ctx: stranger } = await actingAs("OWNER", other.id);
    await expect(saveSsoConnection(stranger, form(org.slug, { clientSecret: "x" }))).rejects.toMatchObject({
      code: "not_found",
    });
    expect(await db.ssoConnection.count({ where: { organizationId: org.id } })).toBe(0);
    expect(await db.auditEvent.count({ where: { action: "authz.denied", requestId } })).toBeGreaterThan(0);
  });

  it("validates the form strictly: GUIDs, domains, no OWNER for new members, no extra fields (S13)", () => {
    const base = {
      slug: "x",
      tenantId: TENANT,
      clientId: CLIENT,
      allowedDomains: "acme.example",
      defaultRole: "MEMBER",
    };
    expect(ssoConnectionInput("en").safeParse(base).success).toBe(true);
    expect(ssoConnectionInput("en").safeParse({ ...base, defaultRole: "OWNER" }).success).toBe(false);
    expect(ssoConnectionInput("en").safeParse({ ...base, tenantId: "contoso.onmicrosoft.com" }).success).toBe(
      false,
    );
    expect(ssoConnectionInput("en").safeParse({ ...base, clientId: "not-a-guid" }).success).toBe(false);
    expect(ssoConnectionInput("en").safeParse({ ...base, allowedDomains: "" }).success).toBe(false);
    expect(ssoConnectionInput("en").safeParse({ ...base, allowedDomains: "not a domain!" }).success).toBe(
      false,
    );
    expect(ssoConnectionInput("en").safeParse({ ...base, organizationId: "other" }).success).toBe(false);
    expect(ssoConnectionInput("en").safeParse({ ...base, clientSecretEnc: "forged" }).success).toBe(false);
    expect(ssoConnectionInput("en").safeParse({ ...base, enabled: "true" }).success).toBe(false);
  });
});

describe("the connection while members must sign in with Microsoft (S23)", () => {
  /** An organisation with a saved, enabled connection that requires Microsoft sign-in. */
  async function requiredConnection() {
    const org = await createOrganization();
    const { ctx: owner } = await actingAs("OWNER", org.id);
    await saveSsoConnection(owner, form(org.slug, { clientSecret: "first-secret" }));
    await db.organization.update({ where: { id: org.id }, data: { ssoRequired: true } });
    const stored = () =>
      db.ssoConnection.findUniqueOrThrow({
        where: { organizationId: org.id },
        select: { tenantId: true, clientId: true, enabled: true },
      });
    return { org, owner, before: await stored(), stored };
  }

  it("an ADMIN cannot change it: a wrong tenant, client or secret would shut the owners out (S23)", async () => {
    const { org, before, stored } = await requiredConnection();
    const { ctx: admin } = await actingAs("ADMIN", org.id);
    await expect(
      saveSsoConnection(admin, form(org.slug, { clientSecret: "sabotage" })),
    ).rejects.toMatchObject({ code: "forbidden", text: SSO_MESSAGES.ownersDecideWhileRequired });
    await expect(saveSsoConnection(admin, form(org.slug, { enabled: undefined }))).rejects.toMatchObject({
      code: "forbidden",
    });
    expect(await stored()).toEqual(before);
  });

  it("not even an owner switches it off or moves it to another tenant while it is required (S23)", async () => {
    const { org, owner, before, stored } = await requiredConnection();
    await expect(saveSsoConnection(owner, form(org.slug, { enabled: undefined }))).rejects.toMatchObject({
      code: "conflict",
      text: SSO_MESSAGES.turnOffRequirementFirst,
    });
    await expect(saveSsoConnection(owner, form(org.slug, { tenantId: randomUUID() }))).rejects.toMatchObject({
      code: "conflict",
      text: SSO_MESSAGES.turnOffRequirementFirst,
    });
    expect(await stored()).toEqual(before);
    // Other fields stay the owner's to change.
    expect(await saveSsoConnection(owner, form(org.slug, { defaultRole: "AUDITOR" }))).toEqual({
      created: false,
      changed: ["defaultRole"],
      requested: [],
    });
  });
});
