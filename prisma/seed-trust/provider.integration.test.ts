// The demo provider profile seed fills only fields still at their defaults and is idempotent.
import { describe, expect, it } from "vitest";
import { db } from "../../lib/db/client.ts";
import { DEMO_PROFILE, seedProviderProfile } from "./provider.ts";

const seedAudits = () => db.auditEvent.count({ where: { action: "seed.provider_profile.updated" } });

describe("seedProviderProfile", () => {
  it("sets the Northwind tagline, data location and colour once; a second run changes nothing", async () => {
    await seedProviderProfile();
    const first = await db.providerSettings.findUniqueOrThrow({ where: { id: "provider" } });
    expect(first).toMatchObject(DEMO_PROFILE);
    expect(first.dataLocation).toContain("Frankfurt");
    expect(await seedAudits()).toBe(1);

    await seedProviderProfile();
    expect(await db.providerSettings.findUniqueOrThrow({ where: { id: "provider" } })).toEqual(first);
    expect(await seedAudits()).toBe(1);
  });

  it("keeps what staff changed and fills only what is still unset", async () => {
    await db.providerSettings.update({
      where: { id: "provider" },
      data: { tagline: "Staff wrote this.", taglineDe: "", brandColor: "#123456" },
    });
    await seedProviderProfile();
    expect(await db.providerSettings.findUniqueOrThrow({ where: { id: "provider" } })).toMatchObject({
      tagline: "Staff wrote this.",
      taglineDe: DEMO_PROFILE.taglineDe,
      brandColor: "#123456",
    });
  });
});
