// The breach demo seed (prisma/seed-breach.ts): systems linked to the seeded organisations and a register
// that reads like a provider's last months (B5) — no "(demo)", dates spread over months before the seed
// run (here a fixed clock, so the test does not depend on today), seeded staff as authors, and one
// breach notified to Globex, delivered, acknowledged and reported; running it twice adds nothing.
import { describe, expect, it } from "vitest";
import { createOrganization, createUser } from "../../../prisma/factories.ts";
import { DEMO_INCIDENTS } from "../../../prisma/seed-breach-history.ts";
import { seedBreachDemo } from "../../../prisma/seed-breach.ts";
import { db } from "../../db/client.ts";
import { deliveryState } from "../../mail/delivery-state.ts";
import { listDataSystemsWithOrganizations } from "../../systems/data-systems.ts";
import { contextFor } from "../../testing/context.ts";
import { fixedClock } from "../../time/clock.ts";
import { noticeOutboxKey } from "../notices/outbox-key.ts";

const DAY = 86_400_000;
const clock = fixedClock("2031-06-15T10:00:00.000Z");

describe("seedBreachDemo", () => {
  it("B5 links systems to acme/globex/initech and records a provider's history, idempotently", async () => {
    for (const slug of ["acme", "globex", "initech"]) await createOrganization({ slug });
    const globex = await db.organization.findUniqueOrThrow({ where: { slug: "globex" } });
    const security = await createUser({ email: "security@northwind.example", staffRoles: ["SECURITY"] });
    await createUser({ email: "admin@northwind.example", staffRoles: ["ADMIN"] });
    await createUser({
      email: "admin@globex.example",
      name: "Greta Admin",
      memberships: [{ organizationId: globex.id, role: "ADMIN" }],
    });
    await createUser({
      email: "owner@globex.example",
      memberships: [{ organizationId: globex.id, role: "OWNER" }],
    });

    await seedBreachDemo({ clock });
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

    const incidents = await db.incident.findMany({
      orderBy: { awareAt: "asc" },
      include: { _count: { select: { notifications: true } } },
    });
    expect(incidents).toHaveLength(DEMO_INCIDENTS.length);
    expect(incidents.filter((i) => i.title.includes("(demo)"))).toEqual([]);
    // Spread over the months before the seed run, numbered in the order they happened.
    const daysAgo = incidents.map((i) => Math.round((clock.now().getTime() - i.awareAt.getTime()) / DAY));
    expect(daysAgo).toEqual([190, 150, 75, 2]);
    expect(incidents.map((i) => i.reference)).toEqual(
      [...incidents].sort((a, b) => a.reference.localeCompare(b.reference)).map((i) => i.reference),
    );
    expect(incidents.every((i) => /^INC-20(30|31)-\d{4}$/.test(i.reference))).toBe(true);
    expect(incidents.map((i) => i.determination)).toEqual([
      "NOT_PERSONAL_DATA_BREACH",
      "NOT_NOTIFIABLE",
      "PERSONAL_DATA_BREACH",
      "UNDETERMINED",
    ]);
    expect(incidents.filter((i) => i.createdById === security.id)).toHaveLength(3);
    expect(
      incidents.every((i) => i.determination === "UNDETERMINED" || i.determinationReason.length > 50),
    ).toBe(true);

    // The notified breach: two phases sent to Globex, accepted by the mail server, acknowledged, reported.
    const breach = incidents[2]!;
    expect(breach._count.notifications).toBe(1);
    const notification = await db.incidentNotification.findFirstOrThrow({
      where: { incidentId: breach.id },
      include: { deliveries: { include: { phase: true }, orderBy: { sentAt: "asc" } } },
    });
    expect(notification.organizationId).toBe(globex.id);
    expect(notification.firstDeliveredAt!.getTime()).toBeLessThan(notification.deadlineAt.getTime());
    expect(notification.acknowledgedByName).toBe("Greta Admin");
    expect(notification.authorityNotifiedAt!.getTime()).toBeGreaterThan(
      notification.firstDeliveredAt!.getTime(),
    );
    expect(notification.authorityTimeZone).toBe("Europe/Berlin");
    expect(notification.deliveries.map((d) => d.phase.number)).toEqual([1, 2]);
    expect(notification.deliveries[0]!.recipients).toEqual(["admin@globex.example", "owner@globex.example"]);
    for (const delivery of notification.deliveries)
      for (const address of delivery.recipients) {
        const email = await db.outboxEmail.findUniqueOrThrow({
          where: { idempotencyKey: noticeOutboxKey(delivery.phaseId, globex.id, address) },
        });
        expect(deliveryState(email).kind).toBe("accepted");
      }
    expect(await db.noticeFollowUp.count({ where: { incidentId: breach.id, resolvedInPhase: 2 } })).toBe(1);

    expect(await seedBreachDemo({ clock })).toEqual({ created: 0 });
    expect(await db.incident.count()).toBe(DEMO_INCIDENTS.length);
    expect(await db.dataSystem.count()).toBe(3);

    const privacy = await contextFor(await createUser({ staffRoles: ["PRIVACY"] }));
    const overview = await listDataSystemsWithOrganizations(privacy);
    expect(overview.find((s) => s.key === "reporting-api")?.organizations).toHaveLength(2);
    const content = await contextFor(await createUser({ staffRoles: ["CONTENT"] }));
    await expect(listDataSystemsWithOrganizations(content)).rejects.toMatchObject({ code: "forbidden" });
  });
});
