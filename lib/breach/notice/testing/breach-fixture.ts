// Test and bench helper: an incident already marked a personal-data breach, with one notification per
// affected organisation (deadline = awareness + the organisation's window), written directly — the
// shape declarePersonalDataBreach produces.
import { randomBytes } from "node:crypto";
import { db } from "../../../db/client.ts";

export async function createDeclaredBreach(options: { organizationIds: string[]; awareAt: Date; windowHours?: number; title?: string }) {
  const suffix = randomBytes(4).toString("hex");
  const incident = await db.incident.create({
    data: {
      reference: `INC-TEST-${suffix}`,
      title: options.title ?? `Test breach ${suffix}`,
      description: "Exposed reporting database",
      detectedAt: options.awareAt,
      awareAt: options.awareAt,
      determination: "PERSONAL_DATA_BREACH",
      determinationReason: "Personal data was accessed by an unauthorised party.",
      determinedAt: options.awareAt,
    },
    select: { id: true, reference: true, awareAt: true },
  });
  const organizations = await db.organization.findMany({ where: { id: { in: options.organizationIds } }, select: { id: true, breachNotificationHours: true } });
  for (let start = 0; start < organizations.length; start += 1000) {
    const batch = organizations.slice(start, start + 1000);
    await db.incidentOrganization.createMany({ data: batch.map((o) => ({ incidentId: incident.id, organizationId: o.id })) });
    await db.incidentNotification.createMany({
      data: batch.map((o) => {
        const windowHours = options.windowHours ?? o.breachNotificationHours;
        return { incidentId: incident.id, organizationId: o.id, windowHours, deadlineAt: new Date(options.awareAt.getTime() + windowHours * 3_600_000) };
      }),
    });
  }
  return incident;
}
