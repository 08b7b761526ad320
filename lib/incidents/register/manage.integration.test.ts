// The breach register (B5, B7): staff with breach.manage record, edit, close and judge incidents,
// every step audited; a negative determination needs its reasoning and is exported with it; severity
// assessments are kept with their inputs. SUPPORT/CONTENT staff and customers change nothing (S11);
// unknown fields are refused (S13).
import { describe, expect, it, vi } from "vitest";
import { createOrganization, createUser, upsertProviderSettings } from "../../../prisma/factories.ts";
import { SYSTEM_ACTOR } from "../../audit/record.ts";
import { verifyAllChains } from "../../audit/verify.ts";
import { ForbiddenError, NotFoundError, UserFacingError } from "../../errors.ts";
import { db } from "../../db/client.ts";
import { actAs, FAKE_CLIENT } from "../../testing/fake-next-request.ts";
import { fixedClock } from "../../time/clock.ts";
import { declarePersonalDataBreach } from "../declare.ts";
import { assessIncident } from "./assess.ts";
import { exportRegister } from "./export.ts";
import {
  assessmentInput,
  determinationInput,
  incidentStatusInput,
  incidentUpdateInput,
  newIncidentInput,
} from "./input.ts";
import { changeIncidentStatus, createIncident, recordDetermination, updateIncident } from "./manage.ts";
import { createDataSystem, incidentForm, unique } from "./testing.ts";
import { getIncidentForStaff, listRegister } from "./view.ts";

vi.mock("next/headers", async () => (await import("../../testing/fake-next-request.ts")).nextHeadersMock);

const clock = fixedClock("2026-06-01T10:00:00Z");
const REASONING = "Only hashed identifiers of test accounts were exposed; no real person can be identified.";

async function security() {
  const user = await createUser({ staffRoles: ["SECURITY"] });
  await actAs(user);
  return user;
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
    const staff = await security();
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
    const incident = await createIncident(input, clock);
    expect(incident.reference).toMatch(/^INC-2026-\d{4}$/);

    const detail = await getIncidentForStaff(incident.id);
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
      ip: FAKE_CLIENT.ip,
      metadata: { reference: incident.reference, awareAt: "2026-03-29T01:30:00.000Z" },
    });
  });

  it("numbers concurrent creations uniquely (INC-<year>-NNNN)", async () => {
    await security();
    const references = await Promise.all(
      Array.from({ length: 8 }, () => createIncident(incidentForm(), clock).then((i) => i.reference)),
    );
    expect(new Set(references).size).toBe(8);
    for (const reference of references) expect(reference).toMatch(/^INC-2026-\d{4}$/);
  });

  it("refuses awareness before detection or in the future, with nothing stored", async () => {
    await security();
    expect(
      newIncidentInput.safeParse({
        ...rawForm(),
        detectedAt: "2026-03-28T12:00",
        awareAt: "2026-03-28T11:59",
      }).error?.issues[0],
    ).toMatchObject({ path: ["awareAt"], message: "Awareness cannot be before detection." });
    const before = await db.incident.count();
    await expect(createIncident(incidentForm({ awareAt: "2026-06-01T12:00" }), clock)).rejects.toThrow(
      "The time of awareness cannot be in the future.",
    );
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
    await security();
    const incident = await createIncident(incidentForm(), clock);
    expect(await updateIncident(editOf(incident.id, {}), clock)).toBe(`Saved ${incident.reference}.`);
    const updated = (await providerAudit(incident.id)).at(-1)!;
    expect(updated).toMatchObject({
      action: "breach.incident.updated",
      metadata: { changed: ["title", "description"] },
    });
    expect(await updateIncident(editOf(incident.id, {}), clock)).toBe("Nothing changed.");

    expect(
      await changeIncidentStatus(incidentStatusInput.parse({ id: incident.id, status: "CLOSED" }), clock),
    ).toBe(`${incident.reference} is now closed.`);
    expect(await db.incident.findUniqueOrThrow({ where: { id: incident.id } })).toMatchObject({
      status: "CLOSED",
      closedAt: clock.now(),
    });
    await expect(updateIncident(editOf(incident.id, { title: "Another" }), clock)).rejects.toThrow(
      /is closed/,
    );
    await changeIncidentStatus(incidentStatusInput.parse({ id: incident.id, status: "CONTAINED" }), clock);
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
    await security();
    const organization = await createOrganization();
    const incident = await createIncident(incidentForm({ organizationIds: organization.id }), clock);
    await declarePersonalDataBreach(incident.id, SYSTEM_ACTOR, clock);
    await expect(
      updateIncident(
        editOf(incident.id, { organizationIds: organization.id, awareAt: "2026-03-28T12:30" }),
        clock,
      ),
    ).rejects.toThrow(/awareness cannot change/);
    await expect(updateIncident(editOf(incident.id, { organizationIds: "" }), clock)).rejects.toThrow(
      /cannot be removed/,
    );
    await changeIncidentStatus(incidentStatusInput.parse({ id: incident.id, status: "CONTAINED" }), clock);
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
        determinationInput.parse({ id: incident.id, determination: "NOT_NOTIFIABLE", reason: REASONING }),
        clock,
      ),
    ).rejects.toThrow(/determination stands/);
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
    const staff = await security();
    const incident = await createIncident(
      incidentForm({ title: `Test accounts exposed ${unique()}` }),
      clock,
    );
    expect(
      await recordDetermination(
        determinationInput.parse({ id: incident.id, determination: "NOT_NOTIFIABLE", reason: REASONING }),
        clock,
      ),
    ).toBe(`Recorded ${incident.reference} as not notifiable, with the reasoning.`);
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

    const csv = await exportRegister("csv");
    expect(csv.contentType).toBe("text/csv; charset=utf-8");
    expect(csv.fileName).toMatch(/^breach-register-\d{4}-\d{2}-\d{2}\.csv$/);
    const line = csv.body.split("\n").find((l) => l.startsWith(incident.reference))!;
    expect(line).toContain("NOT_NOTIFIABLE");
    expect(line).toContain(REASONING);
    const json = JSON.parse((await exportRegister("json")).body) as {
      incidents: { reference: string; determinationReason: string }[];
    };
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
    await security();
    const incident = await createIncident(
      incidentForm({ title: `=HYPERLINK("http://evil.example") ${unique()}` }),
      clock,
    );
    const csv = (await exportRegister("csv")).body;
    expect(csv).toContain(`'=HYPERLINK(""http://evil.example"")`);
    expect(csv).toContain(incident.reference);
  });
});

describe("severity assessments (B7, advisory)", () => {
  it("B7 stores inputs and result, keeps every assessment, and lifts special-category data to medium", async () => {
    const staff = await security();
    const incident = await createIncident(incidentForm({ dataCategories: "health" }), clock);
    const later = fixedClock(clock.now());
    const assess = (fields: Record<string, string>) => {
      later.advance(60_000);
      return assessIncident(
        assessmentInput.parse({
          id: incident.id,
          cbConfidentiality: "0",
          cbIntegrity: "0",
          cbAvailability: "0",
          ...fields,
        }),
        later,
      );
    };
    expect(await assess({ dpc: "1", ei: "0.5" })).toBe(
      `Assessed ${incident.reference}: score 0.50, medium (raised from low: special-category data).`,
    );
    expect(await assess({ dpc: "3", ei: "1", cbConfidentiality: "0.25", notes: "Second look" })).toBe(
      `Assessed ${incident.reference}: score 3.25, high.`,
    );
    const detail = await getIncidentForStaff(incident.id);
    expect(detail.assessments.map((a) => [a.score, a.band, a.assessedBy])).toEqual([
      [3.25, "HIGH", staff.email],
      [0.5, "MEDIUM", staff.email],
    ]);
    expect((await listRegister()).find((r) => r.id === incident.id)).toMatchObject({
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
      await security();
      const incident = await createIncident(incidentForm(), clock);
      const before = await db.incident.findUniqueOrThrow({ where: { id: incident.id } });
      await actAs(await createUser({ staffRoles: [role] }));
      await expect(createIncident(incidentForm(), clock)).rejects.toThrow(ForbiddenError);
      await expect(updateIncident(editOf(incident.id, {}), clock)).rejects.toThrow(ForbiddenError);
      await expect(
        changeIncidentStatus(incidentStatusInput.parse({ id: incident.id, status: "CLOSED" }), clock),
      ).rejects.toThrow(ForbiddenError);
      await expect(
        recordDetermination(
          determinationInput.parse({ id: incident.id, determination: "NOT_NOTIFIABLE", reason: REASONING }),
          clock,
        ),
      ).rejects.toThrow(ForbiddenError);
      await expect(
        assessIncident(
          assessmentInput.parse({
            id: incident.id,
            dpc: "2",
            ei: "1",
            cbConfidentiality: "0",
            cbIntegrity: "0",
            cbAvailability: "0",
          }),
          clock,
        ),
      ).rejects.toThrow(ForbiddenError);
      await expect(listRegister()).rejects.toThrow(ForbiddenError);
      await expect(exportRegister("csv")).rejects.toThrow(ForbiddenError);
      expect(await db.incident.findUniqueOrThrow({ where: { id: incident.id } })).toEqual(before);
      expect(await db.incidentAssessment.count({ where: { incidentId: incident.id } })).toBe(0);
    },
  );

  it("S11 a customer (even an OWNER) gets not-found and changes nothing", async () => {
    await security();
    const incident = await createIncident(incidentForm(), clock);
    const organization = await createOrganization();
    await actAs(await createUser({ memberships: [{ organizationId: organization.id, role: "OWNER" }] }));
    const count = await db.incident.count();
    await expect(createIncident(incidentForm(), clock)).rejects.toThrow(NotFoundError);
    await expect(getIncidentForStaff(incident.id)).rejects.toThrow(NotFoundError);
    await expect(exportRegister("json")).rejects.toThrow(NotFoundError);
    expect(await db.incident.count()).toBe(count);
  });

  it("S11 PRIVACY staff may read and export but not change", async () => {
    await security();
    const incident = await createIncident(incidentForm(), clock);
    await actAs(await createUser({ staffRoles: ["PRIVACY"] }));
    expect((await listRegister()).some((r) => r.id === incident.id)).toBe(true);
    expect((await exportRegister("csv")).body).toContain(incident.reference);
    await expect(
      changeIncidentStatus(incidentStatusInput.parse({ id: incident.id, status: "CLOSED" }), clock),
    ).rejects.toThrow(ForbiddenError);
  });

  it("refuses choices that do not exist", async () => {
    await security();
    await expect(createIncident(incidentForm({ organizationIds: "doesnotexist" }), clock)).rejects.toThrow(
      UserFacingError,
    );
    await expect(createIncident(incidentForm({ systemIds: "doesnotexist" }), clock)).rejects.toThrow(
      UserFacingError,
    );
  });
});
