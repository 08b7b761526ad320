// The breach demo seed (prisma/seed-breach.ts): systems linked to the seeded organisations and one
// closed, not-notifiable incident with its reasoning (B5); running it twice adds nothing.
import { describe, expect, it } from "vitest";
import { createOrganization, createUser } from "../../../prisma/factories.ts";
import { DEMO_INCIDENT_TITLE, seedBreachDemo } from "../../../prisma/seed-breach.ts";
import { db } from "../../db/client.ts";
import { listDataSystemsWithOrganizations } from "../../systems/data-systems.ts";
import { contextFor } from "../../testing/context.ts";

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

    const privacy = await contextFor(await createUser({ staffRoles: ["PRIVACY"] }));
    const overview = await listDataSystemsWithOrganizations(privacy);
    expect(overview.find((s) => s.key === "reporting-api")?.organizations).toHaveLength(2);
    const content = await contextFor(await createUser({ staffRoles: ["CONTENT"] }));
    await expect(listDataSystemsWithOrganizations(content)).rejects.toMatchObject({ code: "forbidden" });
  });
});
