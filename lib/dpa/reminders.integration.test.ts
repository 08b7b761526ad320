// Reminders to accept the current DPA version (ADR 0029): 7 and 21 days after publication, to organisations
// still pending, once each — a second run, or the same day's run again, sends nothing more; an organisation
// that accepted or is bound by a negotiated DPA gets none; a run that missed day 7 sends only day 21's.
// The clock is injected; times are relative to the test's start.
import { beforeAll, describe, expect, it } from "vitest";
import { createOrganization, createUser } from "../../prisma/factories.ts";
import { db } from "../db/client.ts";
import { contextFor } from "../testing/context.ts";
import { fixedClock } from "../time/clock.ts";
import { acceptDpa, acceptDpaInput } from "./accept.ts";
import { runDpaReminders } from "./reminders.ts";
import { publishDpa } from "./testing.ts";

const DAY = 86_400_000;
const T0 = Date.now();
const day = (days: number) => fixedClock(new Date(T0 + days * DAY));

let pending: { id: string };
let late: { id: string };
let version: { id: string; contentHash: string };

const reminders = (organizationId: string) =>
  db.outboxEmail.findMany({
    where: { organizationId, idempotencyKey: { startsWith: `dpa-notice:${version.id}:` } },
    select: { idempotencyKey: true },
  });

beforeAll(async () => {
  pending = await createOrganization();
  const accepted = await createOrganization();
  await createUser({ memberships: [{ organizationId: pending.id, role: "OWNER" }] });
  const owner = await createUser({ memberships: [{ organizationId: accepted.id, role: "OWNER" }] });
  version = await publishDpa(
    await contextFor(await createUser({ staffRoles: ["CONTENT"] }), { clock: day(0) }),
  );
  await acceptDpa(
    await contextFor(owner, { clock: day(1) }),
    acceptDpaInput("en").parse({
      slug: accepted.slug,
      versionId: version.id,
      contentHash: version.contentHash,
      signatoryName: "O",
      signatoryTitle: "CEO",
      confirm: "yes",
    }),
  );
  // Created after the version was published: its days count from its creation.
  late = await createOrganization();
  await db.organization.update({ where: { id: late.id }, data: { createdAt: new Date(T0 + 10 * DAY) } });
  await createUser({ memberships: [{ organizationId: late.id, role: "ADMIN" }] });
});

describe("runDpaReminders", () => {
  it("sends nothing before day 7", async () => {
    expect(await runDpaReminders(day(6.9))).toEqual({ reminded: 0 });
    expect(await reminders(pending.id)).toHaveLength(1); // the announcement only
  });

  it("reminds the pending organisation on day 7, once however often it runs", async () => {
    const together = await Promise.all([runDpaReminders(day(7.1)), runDpaReminders(day(7.1))]);
    expect(together.map((r) => r.reminded).sort()).toEqual([0, 1]);
    expect(await runDpaReminders(day(7.2))).toEqual({ reminded: 0 });
    const stages = await db.dpaNotice.findMany({
      where: { organizationId: pending.id },
      orderBy: { stage: "asc" },
    });
    expect(stages.map((s) => s.stage)).toEqual([0, 7]);
    expect(await reminders(pending.id)).toHaveLength(2);
  });

  it("reminds again on day 21, then never; the accepted organisation never; a late one by its own days", async () => {
    // Day 21 for `pending`; day 11.5 of its own for `late` (created on day 10): its day-7 reminder.
    expect(await runDpaReminders(day(21.5))).toEqual({ reminded: 2 });
    expect(await runDpaReminders(day(30))).toEqual({ reminded: 0 });
    expect(await runDpaReminders(day(100))).toEqual({ reminded: 1 }); // `late`: its day 21
    expect(await runDpaReminders(day(200))).toEqual({ reminded: 0 });
    const stages = await db.dpaNotice.findMany({
      where: { organizationId: pending.id },
      orderBy: { stage: "asc" },
    });
    expect(stages.map((n) => n.stage)).toEqual([0, 7, 21]);
    expect(await db.auditEvent.count({ where: { action: "dpa.reminder.sent" } })).toBe(4);
  });

  it("a run that missed day 7 sends only day 21's reminder and records day 7 as passed", async () => {
    const missed = await createOrganization();
    await db.organization.update({ where: { id: missed.id }, data: { createdAt: new Date(T0 + 300 * DAY) } });
    await createUser({ memberships: [{ organizationId: missed.id, role: "OWNER" }] });
    expect(await runDpaReminders(day(330))).toEqual({ reminded: 1 });
    const notices = await db.dpaNotice.findMany({
      where: { organizationId: missed.id },
      orderBy: { stage: "asc" },
    });
    expect(notices.map((n) => [n.stage, n.recipients])).toEqual([
      [7, 0],
      [21, 1],
    ]);
    expect(await reminders(missed.id)).toHaveLength(1);
  });
});
