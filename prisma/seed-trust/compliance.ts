// Demo compliance roadmap from prisma/seed-content/compliance.json, in the file's order, with one
// public update announcing it. Seeds only an empty roadmap, so items staff deleted or edited are never
// brought back. Idempotent.
import { readFileSync } from "node:fs";
import { z } from "zod";
import { recordAudit, SYSTEM_ACTOR } from "../../lib/audit/record.ts";
import { db } from "../../lib/db/client.ts";
import { COMPLIANCE_PATH } from "../../lib/trust/compliance/announcement.ts";
import { COMPLIANCE_STATUSES } from "../../lib/trust/compliance/statuses.ts";
import { recordTrustUpdate } from "../../lib/trust/updates.ts";

const seedItems = z.array(
  z.strictObject({
    standard: z.string().min(1).max(120),
    status: z.enum(COMPLIANCE_STATUSES),
    targetDate: z.iso.date().nullable(),
    description: z.string().max(2000),
    descriptionDe: z.string().max(2000),
  }),
);

export function readSeedComplianceItems() {
  return seedItems.parse(
    JSON.parse(readFileSync(new URL("../seed-content/compliance.json", import.meta.url), "utf8")),
  );
}

export async function seedCompliance(): Promise<void> {
  if ((await db.complianceItem.count()) > 0) return;
  const items = readSeedComplianceItems();
  await db.$transaction(async (tx) => {
    for (const [position, item] of items.entries()) {
      await tx.complianceItem.create({
        data: {
          ...item,
          targetDate: item.targetDate ? new Date(`${item.targetDate}T00:00:00Z`) : null,
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
