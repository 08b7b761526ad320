// Provider settings (provider.settings.manage = ADMIN): saved with a field-level before/after in the
// provider audit chain; other staff, customers and anonymous callers are refused and nothing changes
// (S11, S17); the public details read by route handlers follow the change.
import { describe, expect, it } from "vitest";
import { createOrganization, createUser, upsertProviderSettings } from "../../prisma/factories.ts";
import { db } from "../db/client.ts";
import { anonymousContext, contextFor } from "../testing/context.ts";
import { getProviderProfile } from "../trust/provider-profile.ts";
import { loadPublicProviderContact } from "./public-contact.ts";
import { getProviderSettingsForStaff, updateProviderSettings } from "./settings.ts";
import { providerSettingsInput } from "./settings-input.ts";

const FORM = {
  legalName: "Northwind Analytics GmbH",
  displayName: "Northwind Analytics",
  address: "Friedrichstraße 123, 10117 Berlin, Germany",
  dpoName: "Dr. Lena Vogel",
  dpoEmail: "dpo@northwind.example",
  securityEmail: "security@northwind.example",
  defaultBreachNotificationHours: "36",
  defaultDsrDueDays: "10",
  defaultTimeZone: "UTC",
  dataLocation: "European Union",
  dataLocationDe: "Europäische Union",
  tagline: "",
  taglineDe: "",
  brandColor: "#1d4ed8",
  securityPolicyUrl: "",
};
const parse = (overrides: Record<string, string> = {}) =>
  providerSettingsInput.parse({ ...FORM, ...overrides });
const settingsAudits = () =>
  db.auditEvent.findMany({
    where: { chain: "provider", action: "provider.settings.updated" },
    orderBy: { seq: "asc" },
  });

describe("provider settings (S17)", () => {
  it("saves a change with a before/after per changed field only, and the public pages read it", async () => {
    await upsertProviderSettings();
    const admin = await createUser({ staffRoles: ["ADMIN"] });
    const ctx = await contextFor(admin);
    expect(await getProviderSettingsForStaff(ctx)).toMatchObject({
      displayName: "Northwind Analytics",
      defaultBreachNotificationHours: 36,
      refuseFreeMailDomains: false,
    });

    const result = await updateProviderSettings(
      ctx,
      parse({
        tagline: "Analytics hosted in the EU.",
        taglineDe: "Analysen aus der EU.",
        defaultBreachNotificationHours: "24",
        securityEmail: "psirt@northwind.example",
        defaultTimeZone: "Europe/Berlin",
      }),
    );
    expect(result).toEqual({ changed: true });

    const [event] = await settingsAudits();
    expect(event).toMatchObject({
      actorUserId: admin.id,
      actorLabel: admin.email,
      targetType: "ProviderSettings",
      targetId: "provider",
    });
    expect(event!.metadata).toEqual({
      changes: {
        tagline: { from: "", to: "Analytics hosted in the EU." },
        taglineDe: { from: "", to: "Analysen aus der EU." },
        defaultBreachNotificationHours: { from: 36, to: 24 },
        securityEmail: { from: "security@northwind.example", to: "psirt@northwind.example" },
        defaultTimeZone: { from: "UTC", to: "Europe/Berlin" },
      },
    });
    expect(await getProviderProfile("de")).toMatchObject({
      tagline: "Analysen aus der EU.",
      breachNotificationHours: 24,
    });
    expect(await loadPublicProviderContact()).toMatchObject({
      securityEmail: "psirt@northwind.example",
      displayName: "Northwind Analytics",
    });

    expect(
      await updateProviderSettings(
        ctx,
        parse({
          tagline: "Analytics hosted in the EU.",
          taglineDe: "Analysen aus der EU.",
          defaultBreachNotificationHours: "24",
          securityEmail: "psirt@northwind.example",
          defaultTimeZone: "Europe/Berlin",
        }),
      ),
    ).toEqual({ changed: false });
    expect(await settingsAudits()).toHaveLength(1);
  });

  it("creates the settings row when it does not exist yet", async () => {
    await db.providerSettings.deleteMany();
    const ctx = await contextFor(await createUser({ staffRoles: ["ADMIN"] }));
    expect((await getProviderSettingsForStaff(ctx)).updatedAt).toBeNull();
    await updateProviderSettings(ctx, parse({ displayName: "Fresh Provider" }));
    expect(await db.providerSettings.findUniqueOrThrow({ where: { id: "provider" } })).toMatchObject({
      displayName: "Fresh Provider",
    });
  });
});

describe("authorization (S11): ADMIN only", () => {
  it("refuses CONTENT, SECURITY and SUPPORT staff, customers and anonymous callers; nothing changes", async () => {
    await upsertProviderSettings();
    const before = await db.providerSettings.findUniqueOrThrow({ where: { id: "provider" } });
    const audits = (await settingsAudits()).length;
    for (const role of ["CONTENT", "SECURITY", "SUPPORT", "PRIVACY"] as const) {
      const staff = await contextFor(await createUser({ staffRoles: [role] }));
      await expect(updateProviderSettings(staff, parse({ displayName: "Hijacked" }))).rejects.toMatchObject({
        code: "forbidden",
      });
      await expect(getProviderSettingsForStaff(staff)).rejects.toMatchObject({ code: "forbidden" });
    }
    const org = await createOrganization();
    const owner = await contextFor(
      await createUser({ memberships: [{ organizationId: org.id, role: "OWNER" }] }),
    );
    await expect(updateProviderSettings(owner, parse({ displayName: "Hijacked" }))).rejects.toMatchObject({
      code: "not_found",
    });
    await expect(
      updateProviderSettings(anonymousContext(), parse({ displayName: "Hijacked" })),
    ).rejects.toMatchObject({ code: "unauthenticated" });

    expect(await db.providerSettings.findUniqueOrThrow({ where: { id: "provider" } })).toEqual(before);
    expect(await settingsAudits()).toHaveLength(audits);
  });
});
