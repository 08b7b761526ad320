// A3: overdue work alerts. A day before the processor's due date the assignee (or PRIVACY staff while
// nobody is assigned) is reminded; once it passes, ADMIN staff are told. Once each, also when two runs
// race; audited in the provider's chain; forwarded and closed requests are not watched.
import { describe, expect, it } from "vitest";
import { db } from "../db/client.ts";
import { contextFor } from "../testing/context.ts";
import { fixedClock } from "../time/clock.ts";
import { fileRequest } from "./file-request.ts";
import { runDsrDeadlineChecks } from "./reminders.ts";
import { assignRequest } from "./staff/assign.ts";
import { accessRequest, dsrWorld } from "./testing/fixtures.ts";

describe("processor due date reminders and escalation (A3)", () => {
  it("A3 reminds once a day before, escalates once after; concurrent runs never send twice", async () => {
    const world = await dsrWorld({ timeZone: "UTC", dueDays: 10 });
    const filing = fixedClock("2026-03-06T09:00:00Z");
    const ctx = await contextFor(world.privacy, { clock: filing });
    // Received 5 March: processor due 15 March, 23:59:59.999 UTC.
    const unassigned = await fileRequest(ctx, world.own.slug, accessRequest(), "PORTAL");
    const assigned = await fileRequest(ctx, world.own.slug, accessRequest(), "PORTAL");
    await assignRequest(await contextFor(world.staffPrivacy, { clock: filing }), {
      id: assigned.id,
      assigneeId: world.staffAdmin.id,
    });
    const closed = await fileRequest(ctx, world.own.slug, accessRequest(), "PORTAL");
    await db.dataSubjectRequest.update({ where: { id: closed.id }, data: { status: "COMPLETED" } });

    expect(await runDsrDeadlineChecks(fixedClock("2026-03-14T23:00:00Z"))).toEqual({
      reminded: 0,
      escalated: 0,
    });
    const dayBefore = fixedClock("2026-03-15T01:00:00Z");
    const runs = await Promise.all([runDsrDeadlineChecks(dayBefore), runDsrDeadlineChecks(dayBefore)]);
    expect(runs.reduce((sum, r) => sum + r.reminded, 0)).toBe(2);
    expect(await runDsrDeadlineChecks(dayBefore)).toEqual({ reminded: 0, escalated: 0 });

    const reminders = await db.outboxEmail.findMany({
      where: { idempotencyKey: { startsWith: "dsr-reminder:" } },
    });
    const to = (id: string) => reminders.filter((e) => e.idempotencyKey.includes(id)).map((e) => e.toAddress);
    expect(to(assigned.id)).toEqual([world.staffAdmin.email]);
    expect(to(unassigned.id)).toContain(world.staffPrivacy.email);
    expect(to(unassigned.id)).not.toContain(world.staffAdmin.email);
    expect(to(closed.id)).toEqual([]);

    const after = fixedClock("2026-03-16T00:00:00Z");
    const escalations = await Promise.all([runDsrDeadlineChecks(after), runDsrDeadlineChecks(after)]);
    expect(escalations.reduce((sum, r) => sum + r.escalated, 0)).toBe(2);
    expect(await runDsrDeadlineChecks(fixedClock("2026-03-20T00:00:00Z"))).toEqual({
      reminded: 0,
      escalated: 0,
    });
    const escalated = await db.outboxEmail.findMany({
      where: { idempotencyKey: { startsWith: "dsr-escalation:" } },
    });
    expect(escalated.map((e) => e.toAddress)).toContain(world.staffAdmin.email);
    expect(escalated.map((e) => e.toAddress)).not.toContain(world.staffPrivacy.email);

    const events = await db.auditEvent.findMany({
      where: { chain: "provider", action: { in: ["dsr.request.reminder_sent", "dsr.request.escalated"] } },
      select: { action: true, targetId: true },
    });
    expect(events.filter((e) => e.targetId === unassigned.id).map((e) => e.action)).toEqual([
      "dsr.request.reminder_sent",
      "dsr.request.escalated",
    ]);
    expect(events.filter((e) => e.targetId === closed.id)).toEqual([]);
    const row = await db.dataSubjectRequest.findUniqueOrThrow({ where: { id: unassigned.id } });
    expect(row.reminderSentAt).toEqual(new Date("2026-03-15T01:00:00Z"));
    expect(row.escalatedAt).toEqual(new Date("2026-03-16T00:00:00Z"));
  });

  it("A7 a forwarded request has no processor work yet: it is neither reminded nor escalated", async () => {
    const world = await dsrWorld({ timeZone: "UTC" });
    const ctx = await contextFor(world.privacy, { clock: fixedClock("2026-03-06T09:00:00Z") });
    const filed = await fileRequest(ctx, world.own.slug, accessRequest(), "PORTAL");
    await db.dataSubjectRequest.update({ where: { id: filed.id }, data: { status: "FORWARDED" } });
    expect(await runDsrDeadlineChecks(fixedClock("2026-04-30T00:00:00Z"))).toEqual({
      reminded: 0,
      escalated: 0,
    });
  });
});
