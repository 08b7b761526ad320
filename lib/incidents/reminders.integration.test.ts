// Reminders and escalation before and after breach-notification deadlines (GDPR.md B1; SECURITY.md S22):
// each happens once per notification, at the right time, even with two workers at once; delivered
// notifications get none; both are audited in the provider chain.
import { describe, expect, it, vi } from "vitest";
import { createOrganization, createUser } from "../../prisma/factories.ts";
import { db } from "../db/client.ts";
import { fixedClock } from "../time/clock.ts";
import { createDeclaredBreach } from "./testing/breach-fixtures.ts";
import { runBreachDeadlineChecks } from "./reminders.ts";
import { formatInstant } from "../i18n/format.ts";
import { providerTimeZone } from "../provider/default-time-zone.ts";

vi.mock("../jobs/email-jobs.ts", () => ({ requestEmailDelivery: async () => {} }));

const HOUR = 3_600_000;

describe("breach deadline reminders (B1)", () => {
  it("B1: reminds SECURITY and ADMIN once under 6 h, escalates to ADMIN once when overdue, never for delivered notifications", async () => {
    const security = await createUser({ staffRoles: ["SECURITY"], timeZone: "Europe/Berlin" });
    const admin = await createUser({ staffRoles: ["ADMIN"] });
    const privacy = await createUser({ staffRoles: ["PRIVACY"] });
    const disabledAdmin = await createUser({ staffRoles: ["ADMIN"] });
    await db.user.update({ where: { id: disabledAdmin.id }, data: { disabledAt: new Date() } });
    const late = await createOrganization({ breachNotificationHours: 24 });
    const delivered = await createOrganization({ breachNotificationHours: 24 });
    const awareAt = new Date("2026-03-28T10:00:00.000Z"); // deadline 2026-03-29T10:00Z, across the EU DST change
    const incident = await createDeclaredBreach({ organizationIds: [late.id, delivered.id], awareAt });
    await db.incidentNotification.updateMany({
      where: { incidentId: incident.id, organizationId: delivered.id },
      data: { firstDeliveredAt: awareAt },
    });
    const mailsTo = (address: string) =>
      db.outboxEmail.findMany({
        where: { toAddress: address, subject: { contains: "organisation(s)" } },
        orderBy: { createdAt: "asc" },
      });
    const clock = fixedClock(awareAt);

    // 18 h after awareness: 6 h 0 min left -> not yet.
    clock.set(new Date(awareAt.getTime() + 18 * HOUR));
    expect(await runBreachDeadlineChecks(clock)).toEqual({ reminded: 0, escalated: 0 });

    // One minute later: under 6 h. Two workers at once -> one reminder.
    clock.advance(60_000);
    const runs = await Promise.all([runBreachDeadlineChecks(clock), runBreachDeadlineChecks(clock)]);
    expect(runs.map((r) => r.reminded).sort()).toEqual([0, 1]);
    expect(await runBreachDeadlineChecks(clock)).toEqual({ reminded: 0, escalated: 0 });
    const reminder = await mailsTo(security.email);
    expect(reminder).toHaveLength(1);
    expect(reminder[0]!.subject).toBe(
      "Breach notification deadline in less than 6 hours: 1 organisation(s) not yet notified",
    );
    expect(reminder[0]!.textBody).toContain(incident.reference);
    // Each in their own time zone (issue 11 item 6), else the provider's default, the zone named.
    expect(reminder[0]!.textBody).toContain("29 March 2026, 12:00 CEST");
    const deadline = new Date(awareAt.getTime() + 24 * HOUR);
    expect((await mailsTo(admin.email))[0]!.textBody).toContain(
      formatInstant("en", deadline, await providerTimeZone()),
    );
    expect(await mailsTo(admin.email)).toHaveLength(1);
    expect(await mailsTo(privacy.email)).toHaveLength(0);
    expect(await mailsTo(disabledAdmin.email)).toHaveLength(0);
    const lateRow = await db.incidentNotification.findFirstOrThrow({
      where: { incidentId: incident.id, organizationId: late.id },
    });
    expect(lateRow.reminderSentAt?.toISOString()).toBe(clock.now().toISOString());

    // Exactly at the deadline it is not yet overdue; one minute after, escalation to ADMIN only, once.
    clock.set(lateRow.deadlineAt);
    expect(await runBreachDeadlineChecks(clock)).toEqual({ reminded: 0, escalated: 0 });
    clock.advance(60_000);
    const escalations = await Promise.all([runBreachDeadlineChecks(clock), runBreachDeadlineChecks(clock)]);
    expect(escalations.map((r) => r.escalated).sort()).toEqual([0, 1]);
    clock.advance(HOUR);
    expect(await runBreachDeadlineChecks(clock)).toEqual({ reminded: 0, escalated: 0 });
    const adminMails = await mailsTo(admin.email);
    expect(adminMails.map((m) => m.subject)).toEqual([
      "Breach notification deadline in less than 6 hours: 1 organisation(s) not yet notified",
      "Escalation: breach notification deadline missed for 1 organisation(s)",
    ]);
    expect(await mailsTo(security.email)).toHaveLength(1);

    const deliveredRow = await db.incidentNotification.findFirstOrThrow({
      where: { incidentId: incident.id, organizationId: delivered.id },
    });
    expect([deliveredRow.reminderSentAt, deliveredRow.escalatedAt]).toEqual([null, null]);
    const audits = await db.auditEvent.findMany({
      where: { chain: "provider", targetId: incident.id },
      orderBy: { seq: "asc" },
    });
    expect(audits.map((a) => [a.action, a.actorLabel])).toEqual([
      ["breach.notification.reminder_sent", "system"],
      ["breach.notification.escalated", "system"],
    ]);
  });
});
