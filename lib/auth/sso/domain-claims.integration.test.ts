// Claims over email domains for Microsoft sign-in (SECURITY.md S27, ADR 0014): an organisation listing a
// domain only asks for it; nothing routes to its connection until staff approved the claim; the
// provider's own domains and free-mail domains are never claimable; a domain approved for one
// organisation cannot be claimed by another, and a pending claim does not block the rightful owner.
import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { createOrganization, createUser, upsertProviderSettings } from "../../../prisma/factories.ts";
import type { SignedInContext } from "../../context/context.ts";
import { db } from "../../db/client.ts";
import type { CustomerRole } from "../../generated/prisma/enums.ts";
import { anonymousContext, contextFor } from "../../testing/context.ts";
import {
  connectionForEmail,
  getSsoSettings,
  saveSsoConnection,
  ssoConnectionInput,
  ssoOfferedFor,
} from "./connection.ts";
import {
  approveDomainClaim,
  approveDomainClaimInput,
  listDomainClaims,
  refuseDomainClaim,
  refuseDomainClaimInput,
} from "./domain-review.ts";
import { SSO_MESSAGES } from "./messages.ts";
import { beginSsoSignIn } from "./start.ts";

let requestId = "";
beforeEach(() => {
  requestId = `req-${randomUUID()}`;
});

const fresh = (label: string) => `${label}-${randomUUID().slice(0, 8)}.example`;

async function actingAs(role: CustomerRole, organizationId: string): Promise<SignedInContext> {
  const user = await createUser({ memberships: [{ organizationId, role }] });
  return contextFor(user, { request: { ip: "192.0.2.20", userAgent: "domain-claims test", requestId } });
}

async function staffContext(role: "ADMIN" | "SECURITY" | "PRIVACY" | "CONTENT" | "SUPPORT") {
  const user = await createUser({ staffRoles: [role] });
  return contextFor(user, { request: { ip: "192.0.2.30", userAgent: "domain-review test", requestId } });
}

function form(slug: string, allowedDomains: string) {
  return ssoConnectionInput("en").parse({
    slug,
    tenantId: randomUUID(),
    clientId: randomUUID(),
    clientSecret: `secret-${randomUUID()}`,
    allowedDomains,
    defaultRole: "MEMBER",
    enabled: "on",
  });
}

describe("claiming email domains for Microsoft sign-in (S27)", () => {
  it("Initech listing Globex's and Acme's domains takes neither: nothing routes to Initech, and Globex can still claim its own (S27)", async () => {
    const globexDomain = fresh("globex");
    const acmeDomain = fresh("acme");
    const globex = await createOrganization({ name: "Globex" });
    const acme = await createOrganization({ name: "Acme" });
    const initech = await createOrganization({ name: "Initech" });
    await createUser({
      email: `owner@${globexDomain}`,
      memberships: [{ organizationId: globex.id, role: "OWNER" }],
    });
    await createUser({
      email: `owner@${acmeDomain}`,
      memberships: [{ organizationId: acme.id, role: "OWNER" }],
    });

    const initechAdmin = await actingAs("ADMIN", initech.id);
    await saveSsoConnection(initechAdmin, form(initech.slug, `${globexDomain}, ${acmeDomain}`));

    // Globex's and Acme's people are not offered Initech's tenant.
    expect(await connectionForEmail(`someone@${globexDomain}`)).toBeNull();
    expect(await connectionForEmail(`someone@${acmeDomain}`)).toBeNull();
    expect(await ssoOfferedFor(`someone@${globexDomain}`)).toBe(false);
    const start = await beginSsoSignIn(anonymousContext({ request: { ip: "198.51.100.20", requestId } }), {
      email: `someone@${globexDomain}`,
    });
    expect(start).toEqual({ ok: false, reason: "no_connection" });

    // Globex can still ask for its own domain: Initech's pending claim blocks nobody.
    const globexOwner = await actingAs("OWNER", globex.id);
    await expect(saveSsoConnection(globexOwner, form(globex.slug, globexDomain))).resolves.toMatchObject({
      created: true,
      requested: [globexDomain],
    });

    // Staff see the competing claims and whose members have addresses there.
    const staff = await staffContext("SECURITY");
    const { pending } = await listDomainClaims(staff);
    const initechClaim = pending.find(
      (c) => c.domain === globexDomain && c.organization.slug === initech.slug,
    );
    const globexClaim = pending.find((c) => c.domain === globexDomain && c.organization.slug === globex.slug);
    expect(initechClaim).toMatchObject({
      ownMembers: 0,
      otherOrganizations: [{ organizationName: "Globex", members: 1 }],
      competingClaims: [{ organizationName: "Globex", status: "PENDING" }],
    });
    expect(globexClaim).toMatchObject({ ownMembers: 1, otherOrganizations: [] });

    // Staff approve Globex's claim: Globex's people go to Globex's connection, never to Initech's.
    await approveDomainClaim(staff, {
      claimId: globexClaim!.id,
      reason: "TXT record checked with Globex IT",
    });
    expect((await connectionForEmail(`someone@${globexDomain}`))?.organizationId).toBe(globex.id);
    await expect(
      approveDomainClaim(staff, { claimId: initechClaim!.id, reason: "looks fine" }),
    ).rejects.toMatchObject({ code: "conflict", text: SSO_MESSAGES.approvedElsewhere(globexDomain) });
    await refuseDomainClaim(staff, { claimId: initechClaim!.id, reason: "Globex controls this domain." });
    const initechSettings = await getSsoSettings(initechAdmin, initech.slug);
    expect(initechSettings.connection?.domains).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          domain: globexDomain,
          status: "REFUSED",
          reason: "Globex controls this domain.",
        }),
      ]),
    );
  });

  it("nobody can claim the provider's own domains: the staff's email domain and the DPO's and security contact's (S27)", async () => {
    const settings = await upsertProviderSettings();
    const staffDomain = fresh("provider-staff");
    await createUser({ email: `sam@${staffDomain}`, staffRoles: ["SECURITY"] });
    const org = await createOrganization();
    const owner = await actingAs("OWNER", org.id);
    const contactDomains = [settings.dpoEmail, settings.securityEmail].map((e) => e.split("@")[1]!);

    for (const domain of [staffDomain, `eu.${staffDomain}`, ...contactDomains]) {
      await expect(saveSsoConnection(owner, form(org.slug, domain))).rejects.toMatchObject({
        code: "invalid",
      });
      expect(await connectionForEmail(`someone@${domain}`)).toBeNull();
    }
    expect(await db.ssoConnection.count({ where: { organizationId: org.id } })).toBe(0);
  });

  it("free-mail domains and Microsoft's shared domains are never claimable; a single tenant's onmicrosoft.com subdomain is (S27)", async () => {
    const org = await createOrganization();
    const owner = await actingAs("OWNER", org.id);
    for (const domain of [
      "gmail.com",
      "mail.yahoo.de",
      "onmicrosoft.com",
      "microsoft.com",
      "login.windows.net",
    ]) {
      await expect(saveSsoConnection(owner, form(org.slug, domain))).rejects.toMatchObject({
        code: "invalid",
        text: SSO_MESSAGES.domainsNotClaimable([domain]),
      });
      expect(await connectionForEmail(`someone@${domain}`)).toBeNull();
    }
    const tenantDomain = `${fresh("contoso").replace(".example", "")}.onmicrosoft.com`;
    await expect(saveSsoConnection(owner, form(org.slug, tenantDomain))).resolves.toMatchObject({
      requested: [tenantDomain],
    });
  });

  it("a listed domain routes no sign-in until staff approve it (S27)", async () => {
    const domain = fresh("pending");
    const org = await createOrganization();
    const owner = await actingAs("OWNER", org.id);
    await saveSsoConnection(owner, form(org.slug, domain));
    expect(await connectionForEmail(`ada@${domain}`)).toBeNull();
    expect(await ssoOfferedFor(`ada@${domain}`)).toBe(false);
  });

  it("does not approve a domain that became the provider's while its claim waited (S27)", async () => {
    const domain = fresh("later-staff");
    const org = await createOrganization();
    await saveSsoConnection(await actingAs("OWNER", org.id), form(org.slug, domain));
    await createUser({ email: `new.hire@${domain}`, staffRoles: ["CONTENT"] });
    const claim = await db.ssoDomainClaim.findFirstOrThrow({ where: { organizationId: org.id } });
    await expect(
      approveDomainClaim(await staffContext("ADMIN"), { claimId: claim.id, reason: "checked" }),
    ).rejects.toMatchObject({ code: "conflict" });
    expect((await db.ssoDomainClaim.findUniqueOrThrow({ where: { id: claim.id } })).status).toBe("PENDING");
  });
});

describe("staff deciding domain claims (S27, S11, S17)", () => {
  async function pendingClaim() {
    const domain = fresh("review");
    const org = await createOrganization();
    await saveSsoConnection(await actingAs("OWNER", org.id), form(org.slug, domain));
    const claim = await db.ssoDomainClaim.findFirstOrThrow({ where: { organizationId: org.id } });
    return { org, domain, claim };
  }

  it("security staff approve with a note, audited in the organisation's chain and the provider's; the decision is made once", async () => {
    const { org, domain, claim } = await pendingClaim();
    const staff = await staffContext("SECURITY");
    await expect(
      approveDomainClaim(staff, { claimId: claim.id, reason: "DNS TXT record article28=abc checked" }),
    ).resolves.toEqual({ domain, organizationName: org.name });
    expect(await db.ssoDomainClaim.findUniqueOrThrow({ where: { id: claim.id } })).toMatchObject({
      status: "APPROVED",
      decidedById: staff.actor.userId,
      decisionReason: "DNS TXT record article28=abc checked",
    });
    expect(await ssoOfferedFor(`ada@${domain}`)).toBe(true);
    for (const chain of [`org:${org.id}`, "provider"]) {
      const events = await db.auditEvent.findMany({
        where: { chain, action: "sso.domain.approved", requestId },
      });
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({
        actorUserId: staff.actor.userId,
        targetType: "SsoDomainClaim",
        targetId: claim.id,
        metadata: { organizationId: org.id, domain, otherOrganizationsWithMembers: 0 },
      });
    }
    await expect(approveDomainClaim(staff, { claimId: claim.id, reason: "again" })).rejects.toMatchObject({
      code: "conflict",
    });
  });

  it("refusing an approved claim withdraws it: the domain routes no sign-in any more", async () => {
    const { org, domain, claim } = await pendingClaim();
    const staff = await staffContext("ADMIN");
    await approveDomainClaim(staff, { claimId: claim.id, reason: "checked" });
    await expect(
      refuseDomainClaim(staff, { claimId: claim.id, reason: "The domain was sold." }),
    ).resolves.toEqual({ domain, organizationName: org.name, previousStatus: "APPROVED" });
    expect(await connectionForEmail(`ada@${domain}`)).toBeNull();
    const refused = await db.auditEvent.findMany({ where: { action: "sso.domain.refused", requestId } });
    expect(refused.map((e) => e.chain).sort()).toEqual([`org:${org.id}`, "provider"].sort());
    await expect(refuseDomainClaim(staff, { claimId: claim.id, reason: "again" })).rejects.toMatchObject({
      code: "conflict",
    });
  });

  it("needs a reason for each decision and takes no other field (S13)", async () => {
    const { claim } = await pendingClaim();
    expect(approveDomainClaimInput.parse({ claimId: claim.id, reason: "  checked  " }).reason).toBe(
      "checked",
    );
    expect(approveDomainClaimInput.safeParse({ claimId: claim.id, reason: " " }).success).toBe(false);
    expect(refuseDomainClaimInput.safeParse({ claimId: claim.id, reason: "no" }).success).toBe(false);
    expect(
      refuseDomainClaimInput.safeParse({ claimId: claim.id, reason: "fine", status: "APPROVED" }).success,
    ).toBe(false);
  });

  it("is refused to staff roles without the permission and hidden from customers, without a change (S11)", async () => {
    const { org, claim } = await pendingClaim();
    for (const role of ["PRIVACY", "CONTENT", "SUPPORT"] as const) {
      const staff = await staffContext(role);
      await expect(listDomainClaims(staff)).rejects.toMatchObject({ code: "forbidden" });
      await expect(approveDomainClaim(staff, { claimId: claim.id, reason: "checked" })).rejects.toMatchObject(
        {
          code: "forbidden",
        },
      );
      await expect(refuseDomainClaim(staff, { claimId: claim.id, reason: "checked" })).rejects.toMatchObject({
        code: "forbidden",
      });
    }
    // The claiming organisation's own owner cannot decide its claim, nor can another organisation's.
    const stranger = await createOrganization();
    for (const ctx of [await actingAs("OWNER", org.id), await actingAs("OWNER", stranger.id)]) {
      await expect(listDomainClaims(ctx)).rejects.toMatchObject({ code: "not_found" });
      await expect(approveDomainClaim(ctx, { claimId: claim.id, reason: "mine" })).rejects.toMatchObject({
        code: "not_found",
      });
      await expect(refuseDomainClaim(ctx, { claimId: claim.id, reason: "theirs" })).rejects.toMatchObject({
        code: "not_found",
      });
    }
    expect((await db.ssoDomainClaim.findUniqueOrThrow({ where: { id: claim.id } })).status).toBe("PENDING");
    await expect(
      approveDomainClaim(await staffContext("SECURITY"), { claimId: "no-such-claim", reason: "checked" }),
    ).rejects.toMatchObject({ code: "not_found" });
  });
});
