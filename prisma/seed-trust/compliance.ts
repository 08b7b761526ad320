// Demo compliance roadmap from prisma/seed-content/compliance.json, in the file's order, with one
// public update announcing it some months ago. Target dates are month ends counted from the seed run
// (demo-timeline.ts), so the roadmap never shows a target that passed while the demo aged. Seeds only
// an empty roadmap, so items staff deleted or edited are never brought back. Idempotent.
import { readFileSync } from "node:fs";
import { z } from "zod";
import { recordAudit, SYSTEM_ACTOR } from "../../lib/audit/record.ts";
import { db } from "../../lib/db/client.ts";
import { COMPLIANCE_PATH } from "../../lib/trust/compliance/announcement.ts";
import { COMPLIANCE_STATUSES } from "../../lib/trust/compliance/statuses.ts";
import { recordTrustUpdate } from "../../lib/trust/updates.ts";
import { demoTimeline } from "./demo-timeline.ts";

/** When the roadmap was first published, in days before the seed run. */
const ROADMAP_PUBLISHED_DAYS_AGO = 250;

const seedItems = z.array(
  z.strictObject({
    standard: z.string().min(1).max(120),
    standardDe: z.string().max(120),
    status: z.enum(COMPLIANCE_STATUSES),
    /** The target is the last day of the month this many months after the seed run's. */
    targetMonthsAhead: z.number().int().min(0).max(120).nullable(),
    description: z.string().max(2000),
    descriptionDe: z.string().max(2000),
  }),
);

export function readSeedComplianceItems() {
  return seedItems.parse(
    JSON.parse(readFileSync(new URL("../seed-content/compliance.json", import.meta.url), "utf8")),
  );
}

export async function seedCompliance(now: Date = new Date()): Promise<void> {
  if ((await db.complianceItem.count()) > 0) return;
  const items = readSeedComplianceItems();
  const timeline = demoTimeline(now);
  await db.$transaction(async (tx) => {
    for (const [position, { targetMonthsAhead, ...item }] of items.entries()) {
      await tx.complianceItem.create({
        data: {
          ...item,
          targetDate: targetMonthsAhead === null ? null : timeline.monthEndIn(targetMonthsAhead),
          position,
        },
      });
    }
    await recordTrustUpdate(tx, {
      topic: "COMPLIANCE",
      path: COMPLIANCE_PATH,
      title: "Compliance roadmap published",
      titleDe: "Compliance-Roadmap veröffentlicht",
      summary: `Our compliance roadmap now lists ${items.length} standards with their status and target dates.`,
      summaryDe: `Unsere Compliance-Roadmap zeigt jetzt ${items.length} Standards mit Status und Zieldatum.`,
      publishedAt: timeline.at(ROADMAP_PUBLISHED_DAYS_AGO, "11:30"),
    });
    await recordAudit(
      {
        actor: SYSTEM_ACTOR,
        action: "seed.compliance.created",
        target: { type: "ComplianceRoadmap", id: "roadmap" },
        metadata: { items: items.length, standards: items.map((i) => i.standard) },
      },
      { tx },
    );
  });
}
