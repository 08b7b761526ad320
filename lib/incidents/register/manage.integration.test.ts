// The breach register (B5, B7): staff with breach.manage record, edit, close and judge incidents,
// every step audited; a negative determination needs its reasoning and is exported with it; severity
// assessments are kept with their inputs. SUPPORT/CONTENT staff and customers change nothing (S11);
// unknown fields are refused (S13).
import { describe, expect, it } from "vitest";
import { createOrganization, createUser, upsertProviderSettings } from "../../../prisma/factories.ts";
import { verifyAllChains } from "../../audit/verify.ts";
import { db } from "../../db/client.ts";
import { contextFor, TEST_CLIENT } from "../../testing/context.ts";
import { fixedClock } from "../../time/clock.ts";
import { declareBreach } from "../declare.ts";
import { assessIncident } from "./assess.ts";
import { exportRegister } from "./export.ts";
import {
  assessmentInput,
  declareInput,
  determinationInput,
  incidentStatusInput,
  incidentUpdateInput,
  newIncidentInput,
} from "./input.ts";
import { changeIncidentStatus, createIncident, recordDetermination, updateIncident } from "./manage.ts";
import { REGISTER_MESSAGES } from "./messages.ts";
import { createDataSystem, incidentForm, unique } from "./testing.ts";
import { getIncidentForStaff, listRegister } from "./view.ts";

const clock = fixedClock("2026-06-01T10:00:00Z");
const REASONING = "Only hashed identifiers of test accounts were exposed; no real person can be identified.";

/** A SECURITY staff member (breach.manage) and their context on the test's clock. */
async function security() {
  const user = await createUser({ staffRoles: ["SECURITY"] });
  return { user, ctx: await contextFor(user, { clock }) };
}

async function staffContext(role: "SUPPORT" | "CONTENT" | "PRIVACY") {
  return contextFor(await createUser({ staffRoles: [role] }), { clock });
}

const providerAudit = (incidentId: string) =>
  db.auditEvent.findMany({ where: { chain: "provider", targetId: incidentId }, orderBy: { seq: "asc" } });

function editOf(id: string, fields: Record<string, string>) {
  return incidentUpdateInput.parse({
    id,
    title: "Edited title",
    description: "Edited.",
    detectedAt: "2026-03-28T11:00",
    awareAt: "2026-03-28T12:00",
    timeZone: "UTC",
    dataCategories: "contact",
    systemIds: "",
    organizationIds: "",
    ...fields,
  });
}

describe("recording incidents (B5)", () => {
  it("creates an incident with a yearly reference, systems, organisations and times as UTC, audited", async () => {
    const { user: staff, ctx } = await security();
    const organization = await createOrganization();
    const system = await createDataSystem([organization.id]);
    const input = incidentForm({
      timeZone: "Europe/Berlin",
      detectedAt: "2026-03-29T01:30",
      awareAt: "2026-03-29T03:30",
      dataCategories: "contact,health",
      systemIds: system.id,
      organizationIds: organization.id,
    });
    const incident = await createIncident(ctx, input);
    expect(incident.reference).toMatch(/^INC-2026-\d{4}$/);

    const detail = await getIncidentForStaff(ctx, incident.id);
    expect(detail).toMatchObject({
      detectedAt: new Date("2026-03-29T00:30:00Z"),
      awareAt: new Date("2026-03-29T01:30:00Z"),
      dataCategories: ["contact", "health"],
      status: "INVESTIGATING",
      determination: "UNDETERMINED",
    });
    expect(detail.systems.map((s) => s.dataSystem.id)).toEqual([system.id]);
    expect(detail.organizations.map((o) => o.organization.id)).toEqual([organization.id]);
    const [created] = await providerAudit(incident.id);
    expect(created).toMatchObject({
      action: "breach.incident.created",
      actorUserId: staff.id,
      ip: TEST_CLIENT.ip,
      metadata: { reference: incident.reference, awareAt: "2026-03-29T01:30:00.000Z" },
    });
  });

  it("numbers concurrent creations uniquely (INC-<year>-NNNN)", async () => {
    const { ctx } = await security();
    const references = await Promise.all(
      Array.from({ length: 8 }, () => createIncident(ctx, incidentForm()).then((i) => i.reference)),
    );
    expect(new Set(references).size).toBe(8);
    for (const reference of references) expect(reference).toMatch(/^INC-2026-\d{4}$/);
  });

  it("refuses awareness before detection or in the future, with nothing stored", async () => {
    const { ctx } = await security();
    expect(
      newIncidentInput.safeParse({
        ...rawForm(),
        detectedAt: "2026-03-28T12:00",
        awareAt: "2026-03-28T11:59",
      }).error?.issues[0],
    ).toMatchObject({ path: ["awareAt"], message: "Awareness cannot be before detection." });
    const before = await db.incident.count();
    await expect(createIncident(ctx, incidentForm({ awareAt: "2026-06-01T12:00" }))).rejects.toMatchObject({
      code: "invalid",
      text: REGISTER_MESSAGES.awarenessInFuture,
    });
    expect(await db.incident.count()).toBe(before);
  });

  it("S13 refuses unknown fields, unknown categories and malformed times", () => {
    expect(newIncidentInput.safeParse({ ...rawForm(), reference: "INC-2026-9999" }).success).toBe(false);
    expect(
      newIncidentInput.safeParse({ ...rawForm(), dataCategories: "contact,passwords-of-the-ceo" }).success,
    ).toBe(false);
    expect(newIncidentInput.safeParse({ ...rawForm(), awareAt: "yesterday" }).success).toBe(false);
    expect(newIncidentInput.safeParse({ ...rawForm(), timeZone: "Mars/Olympus" }).success).toBe(false);
    expect(newIncidentInput.safeParse({ ...rawForm(), title: "x".repeat(201) }).success).toBe(false);
    expect(
      determinationInput.safeParse({ id: "x", determination: "PERSONAL_DATA_BREACH", reason: REASONING })
        .success,
    ).toBe(false);
    expect(
      assessmentInput.safeParse({
        id: "x",
        dpc: "5",
        ei: "1",
        cbConfidentiality: "0",
        cbIntegrity: "0",
        cbAvailability: "0",
      }).success,
    ).toBe(false);
    expect(
      assessmentInput.safeParse({
        id: "x",
        dpc: "2",
        ei: "0.3",
        cbConfidentiality: "0",
        cbIntegrity: "0",
        cbAvailability: "0",
      }).success,
    ).toBe(false);
  });

  it("edits an open incident with a field-level audit; a closed incident must be reopened first", async () => {
    const { ctx } = await security();
    const incident = await createIncident(ctx, incidentForm());
    expect(await updateIncident(ctx, editOf(incident.id, {}))).toEqual({
      reference: incident.reference,
      changed: true,
      notificationsCreated: 0,
    });
    const updated = (await providerAudit(incident.id)).at(-1)!;
    expect(updated).toMatchObject({
      action: "breach.incident.updated",
      metadata: { changed: ["title", "description"] },
    });
    expect(await updateIncident(ctx, editOf(incident.id, {}))).toMatchObject({ changed: false });

    expect(
      await changeIncidentStatus(ctx, incidentStatusInput.parse({ id: incident.id, status: "CLOSED" })),
    ).toEqual({ reference: incident.reference, changed: true, status: "CLOSED" });
    expect(await db.incident.findUniqueOrThrow({ where: { id: incident.id } })).toMatchObject({
      status: "CLOSED",
      closedAt: clock.now(),
    });
    await expect(updateIncident(ctx, editOf(incident.id, { title: "Another" }))).rejects.toMatchObject({
      code: "conflict",
      text: REGISTER_MESSAGES.closed(incident.reference),
    });
    await changeIncidentStatus(ctx, incidentStatusInput.parse({ id: incident.id, status: "CONTAINED" }));
    expect(await db.incident.findUniqueOrThrow({ where: { id: incident.id } })).toMatchObject({
      status: "CONTAINED",
      closedAt: null,
    });
    const statuses = (await providerAudit(incident.id))
      .filter((e) => e.action === "breach.incident.status_changed")
      .map((e) => e.metadata);
    expect(statuses).toEqual([
      { reference: incident.reference, from: "INVESTIGATING", to: "CLOSED" },
      { reference: incident.reference, from: "CLOSED", to: "CONTAINED" },
    ]);
  });

  it("after declaration: awareness is fixed, notified organisations stay, and status changes reach their chains", async () => {
    await upsertProviderSettings();
    const { ctx } = await security();
    const organization = await createOrganization();
    const incident = await createIncident(ctx, incidentForm({ organizationIds: organization.id }));
    await declareBreach(ctx, declareInput.parse({ id: incident.id }));
    await expect(
      updateIncident(
        ctx,
        editOf(incident.id, { organizationIds: organization.id, awareAt: "2026-03-28T12:30" }),
      ),
    ).rejects.toMatchObject({ code: "conflict", text: REGISTER_MESSAGES.awarenessFixed });
    await expect(updateIncident(ctx, editOf(incident.id, { organizationIds: "" }))).rejects.toMatchObject({
      code: "conflict",
      text: REGISTER_MESSAGES.notifiedOrganizationStays,
    });
    await changeIncidentStatus(ctx, incidentStatusInput.parse({ id: incident.id, status: "CONTAINED" }));
    const own = await db.auditEvent.findMany({
      where: { organizationId: organization.id },
      orderBy: { seq: "asc" },
    });
    expect(own.map((e) => e.action)).toEqual([
      "breach.notification.created",
      "breach.incident.status_changed",
    ]);
    await expect(
      recordDetermination(
        ctx,
        determinationInput.parse({ id: incident.id, determination: "NOT_NOTIFIABLE", reason: REASONING }),
      ),
    ).rejects.toMatchObject({
      code: "conflict",
      text: REGISTER_MESSAGES.determinationStands(incident.reference),
    });
    expect((await verifyAllChains()).every((chain) => chain.ok)).toBe(true);
  });
});

function rawForm() {
  return {
    title: `Incident ${unique()}`,
    description: "Something happened.",
    detectedAt: "2026-03-28T11:00",
    awareAt: "2026-03-28T12:00",
    timeZone: "UTC",
    dataCategories: "contact",
    systemIds: "",
    organizationIds: "",
  };
}

describe("negative determinations keep their reasoning (B5)", () => {
  it("B5 refuses NOT_NOTIFIABLE / NOT_PERSONAL_DATA_BREACH without reasoning", () => {
    for (const determination of ["NOT_NOTIFIABLE", "NOT_PERSONAL_DATA_BREACH"]) {
      for (const reason of ["", "   ", "too short"]) {
        const parsed = determinationInput.safeParse({ id: "x", determination, reason });
        expect(parsed.success).toBe(false);
        expect(parsed.error?.issues[0]?.path).toEqual(["reason"]);
      }
    }
  });

  it("B5 records a not-notifiable incident with its reasoning, audited, and exports it (CSV and JSON)", async () => {
    const { user: staff, ctx } = await security();
    const incident = await createIncident(ctx, incidentForm({ title: `Test accounts exposed ${unique()}` }));
    expect(
      await recordDetermination(
        ctx,
        determinationInput.parse({ id: incident.id, determination: "NOT_NOTIFIABLE", reason: REASONING }),
      ),
    ).toEqual({ reference: incident.reference, changed: true, determination: "NOT_NOTIFIABLE" });
    expect(await db.incident.findUniqueOrThrow({ where: { id: incident.id } })).toMatchObject({
      determination: "NOT_NOTIFIABLE",
      determinationReason: REASONING,
      determinedById: staff.id,
    });
    expect((await providerAudit(incident.id)).at(-1)).toMatchObject({
      action: "breach.incident.determined",
      metadata: { to: "NOT_NOTIFIABLE", reason: REASONING },
    });
    expect(await db.incidentNotification.count({ where: { incidentId: incident.id } })).toBe(0);

    const csv = await exportRegister(ctx, "csv");
    expect(csv.contentType).toBe("text/csv; charset=utf-8");
    expect(csv.fileName).toBe("breach-register-2026-06-01.csv");
    const line = csv.body.split("\n").find((l) => l.startsWith(incident.reference))!;
    expect(line).toContain("NOT_NOTIFIABLE");
    expect(line).toContain(REASONING);
    const json = JSON.parse((await exportRegister(ctx, "json")).body) as {
      exportedAt: string;
      incidents: { reference: string; determinationReason: string }[];
    };
    expect(json.exportedAt).toBe("2026-06-01T10:00:00.000Z");
    expect(json.incidents.find((i) => i.reference === incident.reference)?.determinationReason).toBe(
      REASONING,
    );
    expect(
      await db.auditEvent.count({
        where: { chain: "provider", action: "breach.register.exported", actorUserId: staff.id },
      }),
    ).toBe(2);
  });

  it("B5 the CSV neutralises text a spreadsheet would run as a formula", async () => {
    const { ctx } = await security();
    const incident = await createIncident(
      ctx,
      incidentForm({ title: `=HYPERLINK("http://evil.example") ${unique()}` }),
    );
    const csv = (await exportRegister(ctx, "csv")).body;
    expect(csv).toContain(`'=HYPERLINK(""http://evil.example"")`);
    expect(csv).toContain(incident.reference);
  });
});

describe("severity assessments (B7, advisory)", () => {
  it("B7 stores inputs and result, keeps every assessment, and lifts special-category data to medium", async () => {
    const { user: staff, ctx } = await security();
    const incident = await createIncident(ctx, incidentForm({ dataCategories: "health" }));
    const later = fixedClock(clock.now());
    const assess = (fields: Record<string, string>) => {
      later.advance(60_000);
      return assessIncident(
        { ...ctx, clock: later },
        assessmentInput.parse({
          id: incident.id,
          cbConfidentiality: "0",
          cbIntegrity: "0",
          cbAvailability: "0",
          ...fields,
        }),
      );
    };
    expect(await assess({ dpc: "1", ei: "0.5" })).toEqual({
      reference: incident.reference,
      score: 0.5,
      band: "MEDIUM",
      raisedForSpecialCategory: true,
    });
    expect(await assess({ dpc: "3", ei: "1", cbConfidentiality: "0.25", notes: "Second look" })).toEqual({
      reference: incident.reference,
      score: 3.25,
      band: "HIGH",
      raisedForSpecialCategory: false,
    });
    const detail = await getIncidentForStaff(ctx, incident.id);
    expect(detail.assessments.map((a) => [a.score, a.band, a.assessedBy])).toEqual([
      [3.25, "HIGH", staff.email],
      [0.5, "MEDIUM", staff.email],
    ]);
    expect((await listRegister(ctx)).find((r) => r.id === incident.id)).toMatchObject({
      latestBand: "HIGH",
      organizationCount: 0,
      nextDeadline: null,
    });
    expect(
      (await providerAudit(incident.id)).filter((e) => e.action === "breach.incident.assessed"),
    ).toHaveLength(2);
  });
});

describe("who may keep the register (S11)", () => {
  it.each([["SUPPORT"], ["CONTENT"]] as const)(
    "S11 %s staff can neither read nor change the register; nothing changes",
    async (role) => {
      const { ctx } = await security();
      const incident = await createIncident(ctx, incidentForm());
      const before = await db.incident.findUniqueOrThrow({ where: { id: incident.id } });
      const other = await staffContext(role);
      await expect(createIncident(other, incidentForm())).rejects.toMatchObject({ code: "forbidden" });
      await expect(updateIncident(other, editOf(incident.id, {}))).rejects.toMatchObject({
        code: "forbidden",
      });
      await expect(
        changeIncidentStatus(other, incidentStatusInput.parse({ id: incident.id, status: "CLOSED" })),
      ).rejects.toMatchObject({ code: "forbidden" });
      await expect(
        recordDetermination(
          other,
          determinationInput.parse({ id: incident.id, determination: "NOT_NOTIFIABLE", reason: REASONING }),
        ),
      ).rejects.toMatchObject({ code: "forbidden" });
      await expect(
        assessIncident(
          other,
          assessmentInput.parse({
            id: incident.id,
            dpc: "2",
            ei: "1",
            cbConfidentiality: "0",
            cbIntegrity: "0",
            cbAvailability: "0",
          }),
        ),
      ).rejects.toMatchObject({ code: "forbidden" });
      await expect(listRegister(other)).rejects.toMatchObject({ code: "forbidden" });
      await expect(exportRegister(other, "csv")).rejects.toMatchObject({ code: "forbidden" });
      expect(await db.incident.findUniqueOrThrow({ where: { id: incident.id } })).toEqual(before);
      expect(await db.incidentAssessment.count({ where: { incidentId: incident.id } })).toBe(0);
    },
  );

  it("S11 a customer (even an OWNER) gets not-found and changes nothing", async () => {
    const { ctx } = await security();
    const incident = await createIncident(ctx, incidentForm());
    const organization = await createOrganization();
    const owner = await contextFor(
      await createUser({ memberships: [{ organizationId: organization.id, role: "OWNER" }] }),
      { clock },
    );
    const count = await db.incident.count();
    await expect(createIncident(owner, incidentForm())).rejects.toMatchObject({ code: "not_found" });
    await expect(getIncidentForStaff(owner, incident.id)).rejects.toMatchObject({ code: "not_found" });
    await expect(exportRegister(owner, "json")).rejects.toMatchObject({ code: "not_found" });
    expect(await db.incident.count()).toBe(count);
  });

  it("S11 PRIVACY staff may read and export but not change", async () => {
    const { ctx } = await security();
    const incident = await createIncident(ctx, incidentForm());
    const privacy = await staffContext("PRIVACY");
    expect((await listRegister(privacy)).some((r) => r.id === incident.id)).toBe(true);
    expect((await exportRegister(privacy, "csv")).body).toContain(incident.reference);
    await expect(
      changeIncidentStatus(privacy, incidentStatusInput.parse({ id: incident.id, status: "CLOSED" })),
    ).rejects.toMatchObject({ code: "forbidden" });
  });

  it("refuses choices that do not exist", async () => {
    const { ctx } = await security();
    await expect(
      createIncident(ctx, incidentForm({ organizationIds: "doesnotexist" })),
    ).rejects.toMatchObject({ code: "conflict", text: REGISTER_MESSAGES.unknownOrganization });
    await expect(createIncident(ctx, incidentForm({ systemIds: "doesnotexist" }))).rejects.toMatchObject({
      code: "conflict",
      text: REGISTER_MESSAGES.unknownSystem,
    });
  });
});
