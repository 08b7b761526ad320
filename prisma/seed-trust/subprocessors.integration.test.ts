// The demo subprocessor list seed: every entry of subprocessors.json current, the replaced company of
// the REPLACE created as a former subprocessor, both historical changes with their public updates,
// nobody emailed; idempotent, and it never touches a list staff already maintain.
import { describe, expect, it } from "vitest";
import { db } from "../../lib/db/client.ts";
import { fixedClock } from "../../lib/time/clock.ts";
import { loadSubprocessorRegister } from "../../lib/trust/subprocessors/register.ts";
import { readSeedSubprocessors, seedSubprocessors } from "./subprocessors.ts";

describe("seedSubprocessors", () => {
  it("seeds the current list, the former company and the change history once; running again changes nothing", async () => {
    const { subprocessors } = readSeedSubprocessors();
    await seedSubprocessors();
    const counts = async () => ({
      subprocessors: await db.subprocessor.count(),
      changes: await db.subprocessorChange.count(),
      updates: await db.trustUpdate.count({ where: { topic: "SUBPROCESSOR" } }),
      audit: await db.auditEvent.count({ where: { action: "seed.subprocessors.created" } }),
    });
    const first = await counts();
    expect(first).toEqual({ subprocessors: subprocessors.length + 1, changes: 2, updates: 2, audit: 1 });
    await seedSubprocessors();
    expect(await counts()).toEqual(first);
    expect(await db.outboxEmail.count(), "no emails for seeded history").toBe(0);

    const register = await loadSubprocessorRegister(fixedClock("2026-06-01T12:00:00Z"));
    expect(register.current.map((s) => s.name).sort()).toEqual(subprocessors.map((s) => s.name).sort());
    expect(register.past.map((s) => s.name)).toEqual(["Relaymail Inc."]);
    expect(register.past[0]!.activeUntil!.toISOString()).toBe("2025-10-06T00:00:00.000Z");
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
      titleDe: "Postwerk Mail GmbH ersetzt Relaymail Inc.",
      publishedAt: new Date("2025-09-01T00:00:00Z"),
    });

    await db.subprocessor.update({
      where: { id: register.current[0]!.id },
      data: { purpose: "Edited by staff" },
    });
    await seedSubprocessors();
    expect(await db.subprocessor.findUniqueOrThrow({ where: { id: register.current[0]!.id } })).toMatchObject(
      { purpose: "Edited by staff" },
    );
  });
});
