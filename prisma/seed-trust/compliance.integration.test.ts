// The demo compliance roadmap seed: every item of compliance.json in order, one summary update,
// idempotent, and it never brings back items on a roadmap staff already maintain.
import { describe, expect, it } from "vitest";
import { db } from "../../lib/db/client.ts";
import { readSeedComplianceItems, seedCompliance } from "./compliance.ts";

describe("seedCompliance", () => {
  it("seeds the roadmap in file order with one public update; running again changes nothing", async () => {
    const expected = readSeedComplianceItems();
    const now = new Date("2026-11-23T12:00:00Z");
    await seedCompliance(now);
    await seedCompliance(now);
    const items = await db.complianceItem.findMany({ orderBy: { position: "asc" } });
    expect(items.map((i) => i.standard)).toEqual(expected.map((i) => i.standard));
    expect(items.map((i) => i.position)).toEqual(expected.map((_, index) => index));
    // Targets are month ends counted from the seed run (seven months for ISO/IEC 27001).
    expect(items.find((i) => i.standard.startsWith("ISO/IEC 27001"))).toMatchObject({
      status: "IN_PROGRESS",
      targetDate: new Date("2027-06-30T00:00:00Z"),
    });
    expect(items.every((i) => !i.targetDate || i.targetDate > now)).toBe(true);
    expect(items.find((i) => i.standard.startsWith("GDPR"))).toMatchObject({
      standardDe: "DSGVO (Verordnung (EU) 2016/679)",
    });
    expect(items.every((i) => i.descriptionDe.length > 0)).toBe(true);
    expect(
      await db.trustUpdate.findMany({
        where: { topic: "COMPLIANCE", path: "/compliance" },
        select: { publishedAt: true },
      }),
    ).toEqual([{ publishedAt: new Date("2026-03-18T11:30:00Z") }]);
    expect(await db.auditEvent.count({ where: { action: "seed.compliance.created" } })).toBe(1);

    await db.complianceItem.delete({ where: { id: items[0]!.id } });
    await seedCompliance(now);
    expect(await db.complianceItem.count()).toBe(expected.length - 1);
  });
});
