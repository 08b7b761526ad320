// The deadline dashboard (GDPR.md B1, B4; SECURITY.md S11): open notifications, undelivered first by
// deadline, overdue and due-soon marked; acknowledged ones leave the default view; breach.view only.
import { describe, expect, it, vi } from "vitest";
import { createOrganization, createUser } from "../../prisma/factories.ts";
import { db } from "../db/client.ts";
import { contextFor } from "../testing/context.ts";
import { fixedClock } from "../time/clock.ts";
import { loadDeadlineDashboard } from "./dashboard.ts";
import { listRegister } from "./register/view.ts";
import { runBreachDeadlineChecks } from "./reminders.ts";
import { createDeclaredBreach } from "./testing/breach-fixtures.ts";

vi.mock("../jobs/email-jobs.ts", () => ({ requestEmailDelivery: async () => {} }));

describe("deadline dashboard (B1)", () => {
  it("B1: lists open notifications with time left, overdue and due-soon; acknowledged ones only on request; PRIVACY may view, CONTENT may not (S11)", async () => {
    const awareAt = new Date("2026-03-10T08:00:00.000Z");
    const [overdue, soon, later, acknowledged] = await Promise.all([
      createOrganization({ breachNotificationHours: 24 }),
      createOrganization({ breachNotificationHours: 36 }),
      createOrganization({ breachNotificationHours: 72 }),
      createOrganization({ breachNotificationHours: 24 }),
    ]);
    const incident = await createDeclaredBreach({
      organizationIds: [overdue.id, soon.id, later.id, acknowledged.id],
      awareAt,
    });
    await db.incidentNotification.updateMany({
      where: { incidentId: incident.id, organizationId: acknowledged.id },
      data: {
        firstDeliveredAt: new Date("2026-03-10T10:00:00Z"),
        acknowledgedAt: new Date("2026-03-10T11:00:00Z"),
        acknowledgedByName: "Ada Owner",
      },
    });
    const clock = fixedClock("2026-03-11T14:30:00.000Z"); // 24 h deadline passed 6 h 30 min ago; 36 h deadline in 5 h 30 min

    const privacy = await contextFor(await createUser({ staffRoles: ["PRIVACY"] }), { clock });
    const view = await loadDeadlineDashboard(privacy);
    const mine = view.rows.filter((r) => r.incident.id === incident.id);
    expect(mine.map((r) => [r.organization.id, r.urgency, r.timeLeft])).toEqual([
      [overdue.id, "overdue", "6 h 30 min overdue"],
      [soon.id, "due-soon", "5 h 30 min left"],
      [later.id, "waiting", "1 d 17 h left"],
    ]);
    const all = (await loadDeadlineDashboard(privacy, { includeAcknowledged: true })).rows.filter(
      (r) => r.incident.id === incident.id,
    );
    expect(all.find((r) => r.organization.id === acknowledged.id)).toMatchObject({
      urgency: "delivered",
      acknowledgedByName: "Ada Owner",
    });

    const content = await contextFor(await createUser({ staffRoles: ["CONTENT"] }), { clock });
    await expect(loadDeadlineDashboard(content)).rejects.toMatchObject({ code: "forbidden" });
  });
});

describe("a sent notice is not a delivered one (ADR 0016)", () => {
  it("B1: while every email is queued the deadline keeps running and the notification is still due; delivery or acknowledgement ends it", async () => {
    const awareAt = new Date("2026-12-05T08:00:00.000Z");
    const [queued, delivered, acknowledged] = await Promise.all([
      createOrganization({ breachNotificationHours: 24 }),
      createOrganization({ breachNotificationHours: 24 }),
      createOrganization({ breachNotificationHours: 24 }),
    ]);
    const incident = await createDeclaredBreach({
      organizationIds: [queued.id, delivered.id, acknowledged.id],
      awareAt,
    });
    const sentAt = new Date("2026-12-05T20:00:00Z");
    await db.incidentNotification.updateMany({
      where: { incidentId: incident.id },
      data: { firstSentAt: sentAt },
    });
    await db.incidentNotification.updateMany({
      where: { incidentId: incident.id, organizationId: delivered.id },
      data: { firstDeliveredAt: new Date("2026-12-05T20:00:04Z") },
    });
    await db.incidentNotification.updateMany({
      where: { incidentId: incident.id, organizationId: acknowledged.id },
      data: { acknowledgedAt: new Date("2026-12-05T21:00:00Z"), acknowledgedByName: "Ada Owner" },
    });
    const clock = fixedClock("2026-12-06T09:00:00.000Z"); // the 24 h deadline passed an hour ago
    const security = await contextFor(await createUser({ staffRoles: ["SECURITY"] }), { clock });

    const view = await loadDeadlineDashboard(security, { includeAcknowledged: true });
    const mine = view.rows.filter((r) => r.incident.id === incident.id);
    // Not reached first; the two that reached their organisations have the same deadline, in any order.
    expect(mine[0]).toMatchObject({
      organization: { id: queued.id },
      delivery: "queued",
      urgency: "overdue",
      timeLeft: "1 h 0 min overdue",
    });
    for (const id of [delivered.id, acknowledged.id])
      expect(mine.find((r) => r.organization.id === id)).toMatchObject({
        delivery: "reached",
        urgency: "delivered",
        timeLeft: "",
      });
    expect((await listRegister(security)).find((i) => i.id === incident.id)?.nextDeadline).toEqual(
      new Date("2026-12-06T08:00:00.000Z"),
    );
    // Escalated: the queued notification is past its deadline and has not reached its organisation.
    await runBreachDeadlineChecks(clock);
    const escalated = await db.incidentNotification.findMany({
      where: { incidentId: incident.id, escalatedAt: { not: null } },
      select: { organizationId: true },
    });
    expect(escalated).toEqual([{ organizationId: queued.id }]);
  });
});
