// Declaring a personal-data breach (B1): one notification per affected organisation, created at once
// with the deadline of that organisation's own window from awareness; severity is never consulted;
// idempotent, also under concurrency; organisations reached through affected systems are resolved at
// declaration time; each organisation's chain hears only about its own notification.
import { describe, expect, it } from "vitest";
import { createOrganization, createUser, upsertProviderSettings } from "../../prisma/factories.ts";
import { verifyAllChains } from "../audit/verify.ts";
import { db } from "../db/client.ts";
import { contextFor } from "../testing/context.ts";
import { fixedClock } from "../time/clock.ts";
import { declareBreach } from "./declare.ts";
import { assessIncident } from "./register/assess.ts";
import { assessmentInput, declareInput, incidentUpdateInput } from "./register/input.ts";
import { createIncident, updateIncident } from "./register/manage.ts";
import { createDataSystem, incidentForm } from "./register/testing.ts";

const clock = fixedClock("2026-03-28T13:00:00Z");

/** A SECURITY staff member's context (breach.manage) on the test's clock. */
async function security() {
  return contextFor(await createUser({ staffRoles: ["SECURITY"] }), { clock });
}

const notificationsOf = (incidentId: string) =>
  db.incidentNotification.findMany({
    where: { incidentId },
    include: { organization: { select: { slug: true } } },
    orderBy: { windowHours: "asc" },
  });

describe("declaring a personal-data breach (B1)", () => {
  it("B1 creates one notification per affected organisation with each organisation's window (24/36/48 h), even when severity is LOW", async () => {
    await upsertProviderSettings();
    const ctx = await security();
    const [a, b, c] = await Promise.all(
      [24, 36, 48].map((hours) => createOrganization({ breachNotificationHours: hours })),
    );
    const incident = await createIncident(
      ctx,
      incidentForm({ organizationIds: [a!.id, b!.id, c!.id].join(",") }),
    );
    await assessIncident(
      ctx,
      assessmentInput.parse({
        id: incident.id,
        dpc: "1",
        ei: "0.25",
        cbConfidentiality: "0",
        cbIntegrity: "0",
        cbAvailability: "0",
      }),
    );
    expect((await db.incidentAssessment.findFirstOrThrow({ where: { incidentId: incident.id } })).band).toBe(
      "LOW",
    );

    expect(await declareBreach(ctx, declareInput.parse({ id: incident.id }))).toMatchObject({
      reference: incident.reference,
      created: [{}, {}, {}],
      totalNotifications: 3,
    });

    const notifications = await notificationsOf(incident.id);
    expect(notifications.map((n) => [n.organizationId, n.windowHours, n.deadlineAt.toISOString()])).toEqual([
      [a!.id, 24, "2026-03-29T12:00:00.000Z"],
      [b!.id, 36, "2026-03-30T00:00:00.000Z"], // across the Europe/Berlin DST change: still 36 real hours
      [c!.id, 48, "2026-03-30T12:00:00.000Z"],
    ]);
    const stored = await db.incident.findUniqueOrThrow({ where: { id: incident.id } });
    expect(stored).toMatchObject({ determination: "PERSONAL_DATA_BREACH", determinedAt: clock.now() });
  });

  it("B1 audits each notification in its organisation's chain without naming any other organisation", async () => {
    await upsertProviderSettings();
    const ctx = await security();
    const [a, b] = await Promise.all([
      createOrganization({ name: "Victim One AG" }),
      createOrganization({ name: "Victim Two AG" }),
    ]);
    const incident = await createIncident(ctx, incidentForm({ organizationIds: `${a!.id},${b!.id}` }));
    await declareBreach(ctx, declareInput.parse({ id: incident.id }));

    for (const [own, other] of [
      [a!, b!],
      [b!, a!],
    ] as const) {
      const events = await db.auditEvent.findMany({ where: { organizationId: own.id } });
      expect(events.map((e) => e.action)).toEqual(["breach.notification.created"]);
      const text = JSON.stringify(events);
      expect(text).not.toContain(other.id);
      expect(text).not.toContain(other.name);
      expect(text).not.toContain(other.slug);
    }
    const provider = await db.auditEvent.findMany({
      where: { chain: "provider", targetId: incident.id },
      orderBy: { seq: "asc" },
    });
    expect(provider.map((e) => e.action)).toEqual(["breach.incident.created", "breach.incident.declared"]);
    expect((await verifyAllChains()).every((chain) => chain.ok)).toBe(true);
  });

  it("B1 declaring twice creates nothing new; an organisation added later gets its own notification", async () => {
    await upsertProviderSettings();
    const ctx = await security();
    const [a, b] = await Promise.all([
      createOrganization({ breachNotificationHours: 24 }),
      createOrganization({ breachNotificationHours: 72 }),
    ]);
    const form = incidentForm({ organizationIds: a!.id });
    const incident = await createIncident(ctx, form);
    await declareBreach(ctx, declareInput.parse({ id: incident.id }));
    const again = await declareBreach(ctx, declareInput.parse({ id: incident.id }));
    expect(again).toMatchObject({ reference: incident.reference, created: [], totalNotifications: 1 });

    const edit = incidentUpdateInput.parse({
      id: incident.id,
      title: form.title,
      description: form.description,
      detectedAt: "2026-03-28T11:00",
      awareAt: "2026-03-28T12:00",
      timeZone: "UTC",
      dataCategories: "contact",
      systemIds: "",
      organizationIds: `${a!.id},${b!.id}`,
    });
    expect(await updateIncident(ctx, edit)).toEqual({
      reference: incident.reference,
      changed: true,
      notificationsCreated: 1,
    });
    const notifications = await notificationsOf(incident.id);
    expect(notifications.map((n) => [n.organizationId, n.windowHours, n.deadlineAt.toISOString()])).toEqual([
      [a!.id, 24, "2026-03-29T12:00:00.000Z"],
      [b!.id, 72, "2026-03-31T12:00:00.000Z"],
    ]);
    expect(
      await db.auditEvent.count({ where: { organizationId: a!.id, action: "breach.notification.created" } }),
    ).toBe(1);
  });

  it("B1 concurrent declarations create exactly one notification per organisation", async () => {
    await upsertProviderSettings();
    const ctx = await security();
    const organizations = await Promise.all(Array.from({ length: 5 }, () => createOrganization()));
    const incident = await createIncident(
      ctx,
      incidentForm({ organizationIds: organizations.map((o) => o.id).join(",") }),
    );
    const results = await Promise.all(
      Array.from({ length: 6 }, () => declareBreach(ctx, declareInput.parse({ id: incident.id }))),
    );
    expect(results.reduce((sum, r) => sum + r.created.length, 0)).toBe(5);
    expect(await db.incidentNotification.count({ where: { incidentId: incident.id } })).toBe(5);
    for (const organization of organizations) {
      expect(
        await db.auditEvent.count({
          where: { organizationId: organization.id, action: "breach.notification.created" },
        }),
      ).toBe(1);
    }
  });

  it("B1 'all organisations using an affected system' is resolved at declaration time, together with explicit ones", async () => {
    await upsertProviderSettings();
    const ctx = await security();
    const [explicit, early, late, unrelated] = await Promise.all(
      Array.from({ length: 4 }, () => createOrganization()),
    );
    const system = await createDataSystem([early!.id]);
    await createDataSystem([unrelated!.id]);
    const incident = await createIncident(
      ctx,
      incidentForm({ systemIds: system.id, organizationIds: explicit!.id }),
    );
    await db.organizationSystem.create({ data: { organizationId: late!.id, dataSystemId: system.id } }); // linked after creation

    await declareBreach(ctx, declareInput.parse({ id: incident.id, includeSystemOrganizations: "on" }));
    const notified = (await notificationsOf(incident.id)).map((n) => n.organizationId).sort();
    expect(notified).toEqual([explicit!.id, early!.id, late!.id].sort());
    expect(await db.incidentOrganization.count({ where: { incidentId: incident.id } })).toBe(3);
  });

  it("B1 refuses to declare with no affected organisation and changes nothing", async () => {
    await upsertProviderSettings();
    const ctx = await security();
    const system = await createDataSystem([]);
    const incident = await createIncident(ctx, incidentForm({ systemIds: system.id }));
    await expect(
      declareBreach(ctx, declareInput.parse({ id: incident.id, includeSystemOrganizations: "on" })),
    ).rejects.toMatchObject({ code: "invalid" });
    expect(await db.incident.findUniqueOrThrow({ where: { id: incident.id } })).toMatchObject({
      determination: "UNDETERMINED",
    });
    expect(await db.incidentNotification.count({ where: { incidentId: incident.id } })).toBe(0);
  });

  it("B1 uses the provider default window when an organisation has none set (0)", async () => {
    await upsertProviderSettings();
    await db.providerSettings.update({
      where: { id: "provider" },
      data: { defaultBreachNotificationHours: 36 },
    });
    const ctx = await security();
    const organization = await createOrganization({ breachNotificationHours: 0 });
    const incident = await createIncident(ctx, incidentForm({ organizationIds: organization.id }));
    await declareBreach(ctx, declareInput.parse({ id: incident.id }));
    expect((await notificationsOf(incident.id))[0]).toMatchObject({
      windowHours: 36,
      deadlineAt: new Date("2026-03-30T00:00:00Z"),
    });
  });

  it("S11 PRIVACY staff (view only) cannot declare; nothing is created", async () => {
    await upsertProviderSettings();
    const ctx = await security();
    const organization = await createOrganization();
    const incident = await createIncident(ctx, incidentForm({ organizationIds: organization.id }));
    const privacy = await contextFor(await createUser({ staffRoles: ["PRIVACY"] }), { clock });
    await expect(declareBreach(privacy, declareInput.parse({ id: incident.id }))).rejects.toMatchObject({
      code: "forbidden",
    });
    expect(await db.incidentNotification.count({ where: { incidentId: incident.id } })).toBe(0);
  });
});
