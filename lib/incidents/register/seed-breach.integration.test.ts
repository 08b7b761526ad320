// The breach demo seed (prisma/seed-breach.ts): systems linked to the seeded organisations and one
// closed, not-notifiable incident with its reasoning (B5); running it twice adds nothing.
import { describe, expect, it, vi } from "vitest";
import { createOrganization, createUser } from "../../../prisma/factories.ts";
import { DEMO_INCIDENT_TITLE, seedBreachDemo } from "../../../prisma/seed-breach.ts";
import { ForbiddenError } from "../../errors.ts";
import { db } from "../../db/client.ts";
import { actAs } from "../../testing/fake-next-request.ts";
import { listDataSystemsWithOrganizations } from "../../systems/data-systems.ts";

vi.mock("next/headers", async () => (await import("../../testing/fake-next-request.ts")).nextHeadersMock);

describe("seedBreachDemo", () => {
  it("B5 links systems to acme/globex/initech and records a not-notifiable incident, idempotently", async () => {
    for (const slug of ["acme", "globex", "initech"]) await createOrganization({ slug });
    await seedBreachDemo();
    const links = await db.organizationSystem.findMany({
      select: { organization: { select: { slug: true } }, dataSystem: { select: { key: true } } },
    });
    expect(links.map((l) => `${l.organization.slug}:${l.dataSystem.key}`).sort()).toEqual([
      "acme:analytics-warehouse",
      "acme:event-ingest",
      "globex:analytics-warehouse",
      "globex:reporting-api",
      "initech:reporting-api",
    ]);
    const incident = await db.incident.findFirstOrThrow({
      where: { title: DEMO_INCIDENT_TITLE },
      include: { _count: { select: { notifications: true } } },
    });
    expect(incident).toMatchObject({ status: "CLOSED", determination: "NOT_NOTIFIABLE" });
    expect(incident.reference).toMatch(/^INC-2026-\d{4}$/);
    expect(incident.determinationReason.length).toBeGreaterThan(50);
    expect(incident._count.notifications).toBe(0);

    expect(await seedBreachDemo()).toEqual({ created: 0 });
    expect(await db.incident.count({ where: { title: DEMO_INCIDENT_TITLE } })).toBe(1);
    expect(await db.dataSystem.count()).toBe(3);

    await actAs(await createUser({ staffRoles: ["PRIVACY"] }));
    const overview = await listDataSystemsWithOrganizations();
    expect(overview.find((s) => s.key === "reporting-api")?.organizations).toHaveLength(2);
    await actAs(await createUser({ staffRoles: ["CONTENT"] }));
    await expect(listDataSystemsWithOrganizations()).rejects.toThrow(ForbiddenError);
  });
});
