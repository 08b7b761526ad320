// The demo subprocessor list seed: every entry of subprocessors.json current, the replaced company of
// the REPLACE created as a former subprocessor, both historical changes with their public updates dated
// back from the seed run (a fixed `now` here), announced by the seeded privacy officer, nobody emailed;
// idempotent, and it never touches a list staff already maintain.
import { describe, expect, it } from "vitest";
import { createUser } from "../factories.ts";
import { db } from "../../lib/db/client.ts";
import { fixedClock } from "../../lib/time/clock.ts";
import { loadSubprocessorRegister } from "../../lib/trust/subprocessors/register.ts";
import { readSeedSubprocessors, seedSubprocessors } from "./subprocessors.ts";

describe("seedSubprocessors", () => {
  it("seeds the current list, the former company and the change history once; running again changes nothing", async () => {
    const { subprocessors } = readSeedSubprocessors();
    const privacy = await createUser({ staffRoles: ["PRIVACY"] });
    const now = new Date("2026-11-23T12:00:00Z");
    await seedSubprocessors(now);
    const counts = async () => ({
      subprocessors: await db.subprocessor.count(),
      changes: await db.subprocessorChange.count(),
      updates: await db.trustUpdate.count({ where: { topic: "SUBPROCESSOR" } }),
      audit: await db.auditEvent.count({ where: { action: "seed.subprocessors.created" } }),
    });
    const first = await counts();
    expect(first).toEqual({ subprocessors: subprocessors.length + 1, changes: 2, updates: 2, audit: 1 });
    await seedSubprocessors(now);
    expect(await counts()).toEqual(first);
    expect(await db.outboxEmail.count(), "no emails for seeded history").toBe(0);

    const register = await loadSubprocessorRegister(fixedClock(now));
    expect(register.current.map((s) => s.name).sort()).toEqual(subprocessors.map((s) => s.name).sort());
    expect(register.past.map((s) => s.name)).toEqual(["Relaymail Inc."]);
    // Replaced 60 days before the seed run (subprocessor-changes.json).
    expect(register.past[0]!.activeUntil!.toISOString()).toBe("2026-09-24T00:00:00.000Z");
    expect(
      register.current.every((s) => !/, (Germany|Netherlands|Finland|India|France|USA)$/.test(s.location)),
      "the country is not repeated in the place (issue 11)",
    ).toBe(true);
    expect(register.announcedChanges).toEqual([]);
    expect(register.pastChanges.map((c) => [c.type, c.subprocessor.name, c.replaced?.name ?? null])).toEqual([
      ["REPLACE", "Postwerk Mail GmbH", "Relaymail Inc."],
      ["ADD", "Lumen AI SAS", null],
    ]);
    expect(
      register.current.every((s) => s.purposeDe !== "" && s.dataCategoriesDe.length > 0),
      "German texts for every entry",
    ).toBe(true);
    const update = await db.trustUpdate.findFirstOrThrow({
      where: { title: "Postwerk Mail GmbH replaces Relaymail Inc." },
    });
    expect(update).toMatchObject({
      path: "/subprocessors",
      locale: null,
      titleDe: "Postwerk Mail GmbH ersetzt Relaymail Inc.",
      // Announced 95 days before the seed run, in office hours.
      publishedAt: new Date("2026-08-20T09:15:00Z"),
    });
    expect(await db.subprocessorChange.findMany({ select: { announcedById: true } })).toEqual([
      { announcedById: privacy.id },
      { announcedById: privacy.id },
    ]);

    await db.subprocessor.update({
      where: { id: register.current[0]!.id },
      data: { purpose: "Edited by staff" },
    });
    await seedSubprocessors(now);
    expect(await db.subprocessor.findUniqueOrThrow({ where: { id: register.current[0]!.id } })).toMatchObject(
      { purpose: "Edited by staff" },
    );
  });
});
