// API keys on the portal's API page (SECURITY.md S11, S12, S17, S28): owners and admins create, list
// and revoke their organisation's keys; the key is returned once and stored only as its SHA-256; a
// privacy officer is refused; a member of another organisation finds nothing to revoke (404, no change);
// every change is in the organisation's chain and the provider's.
import { describe, expect, it } from "vitest";
import { createOrganization, createUser } from "../../../prisma/factories.ts";
import type { CustomerRole } from "../../generated/prisma/enums.ts";
import { sha256Hex } from "../../crypto/sha256.ts";
import { db } from "../../db/client.ts";
import { contextFor } from "../../testing/context.ts";
import { createApiKeyInput } from "./key-input.ts";
import { createApiKey, listApiKeys, revokeApiKey } from "./manage-keys.ts";

async function memberOf(role: CustomerRole) {
  const org = await createOrganization();
  const user = await createUser({ memberships: [{ organizationId: org.id, role }] });
  return { org, user, ctx: await contextFor(user) };
}

const input = (slug: string, name = "Ticketing system") =>
  createApiKeyInput.parse({ slug, name, "dsr:read": "on", "dsr:write": "on" });

describe("API keys (S28)", () => {
  it("the key is shown once and stored only as its SHA-256; the list shows its first characters", async () => {
    const { org, ctx } = await memberOf("ADMIN");
    const created = await createApiKey(ctx, input(org.slug));
    expect(created.key).toMatch(/^a28_[A-Za-z0-9_-]{43}$/);
    expect(created.scopes).toEqual(["dsr:read", "dsr:write"]);
    const row = await db.apiKey.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.secretHash).toBe(sha256Hex(created.key));
    expect(JSON.stringify(row)).not.toContain(created.key);
    expect(created.key.startsWith(row.prefix)).toBe(true);
    expect(row.prefix.length).toBeLessThan(16);
    const listed = await listApiKeys(ctx, org.slug);
    expect(listed).toHaveLength(1);
    expect(JSON.stringify(listed)).not.toContain(created.key);
    expect(listed[0]).toMatchObject({ name: "Ticketing system", prefix: row.prefix, revokedAt: null });
  });

  it("creation and revocation are audited in the organisation's chain and the provider's (S17)", async () => {
    const { org, user, ctx } = await memberOf("OWNER");
    const created = await createApiKey(ctx, input(org.slug));
    await revokeApiKey(ctx, { slug: org.slug, keyId: created.id });
    for (const action of ["api.key.created", "api.key.revoked"]) {
      const events = await db.auditEvent.findMany({ where: { action, targetId: created.id } });
      expect(events.map((e) => e.chain).sort()).toEqual([`org:${org.id}`, "provider"]);
      for (const event of events) {
        expect(event.actorUserId).toBe(user.id);
        expect(event.metadata).toMatchObject({ name: "Ticketing system", organizationId: org.id });
        expect(JSON.stringify(event)).not.toContain(created.key);
      }
    }
  });

  it("revoking twice is a conflict that changes nothing", async () => {
    const { org, ctx } = await memberOf("ADMIN");
    const created = await createApiKey(ctx, input(org.slug));
    const first = await revokeApiKey(ctx, { slug: org.slug, keyId: created.id });
    await expect(revokeApiKey(ctx, { slug: org.slug, keyId: created.id })).rejects.toMatchObject({
      code: "conflict",
    });
    const row = await db.apiKey.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.revokedAt).toEqual(first.revokedAt);
  });

  it("a privacy officer may neither list, create nor revoke keys (org.api.manage: owners and admins)", async () => {
    const { org, ctx: admin } = await memberOf("ADMIN");
    const created = await createApiKey(admin, input(org.slug));
    const officer = await createUser({ memberships: [{ organizationId: org.id, role: "PRIVACY_OFFICER" }] });
    const ctx = await contextFor(officer);
    await expect(listApiKeys(ctx, org.slug)).rejects.toMatchObject({ code: "forbidden" });
    await expect(createApiKey(ctx, input(org.slug, "Officer's key"))).rejects.toMatchObject({
      code: "forbidden",
    });
    await expect(revokeApiKey(ctx, { slug: org.slug, keyId: created.id })).rejects.toMatchObject({
      code: "forbidden",
    });
    expect(await db.apiKey.count({ where: { organizationId: org.id } })).toBe(1);
    expect((await db.apiKey.findUniqueOrThrow({ where: { id: created.id } })).revokedAt).toBeNull();
  });

  it("an admin of another organisation finds neither the organisation nor its key (S12: 404, no change)", async () => {
    const victim = await memberOf("OWNER");
    const key = await createApiKey(victim.ctx, input(victim.org.slug));
    const attacker = await memberOf("ADMIN");
    await expect(listApiKeys(attacker.ctx, victim.org.slug)).rejects.toMatchObject({ code: "not_found" });
    await expect(revokeApiKey(attacker.ctx, { slug: victim.org.slug, keyId: key.id })).rejects.toMatchObject({
      code: "not_found",
    });
    // Through their own organisation, the victim's key id is not found either.
    await expect(
      revokeApiKey(attacker.ctx, { slug: attacker.org.slug, keyId: key.id }),
    ).rejects.toMatchObject({
      code: "not_found",
    });
    expect((await db.apiKey.findUniqueOrThrow({ where: { id: key.id } })).revokedAt).toBeNull();
    expect(await listApiKeys(attacker.ctx, attacker.org.slug)).toEqual([]);
  });

  it("the form needs a name on one line and at least one scope; extra fields are refused (S13, S25)", () => {
    expect(createApiKeyInput.safeParse({ slug: "x", name: "CI", "dsr:read": "on" }).success).toBe(true);
    expect(createApiKeyInput.safeParse({ slug: "x", name: "CI" }).success).toBe(false);
    expect(createApiKeyInput.safeParse({ slug: "x", name: "a\u202Eb", "dsr:read": "on" }).success).toBe(
      false,
    );
    expect(
      createApiKeyInput.safeParse({ slug: "x", name: "CI", "dsr:read": "on", organizationId: "o" }).success,
    ).toBe(false);
  });
});
