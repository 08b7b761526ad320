// Demo data for breach management: the provider's data systems, which seeded organisations' data each
// holds, and one closed incident judged not notifiable with its reasoning (B5). Idempotent.
import { recordAudit, SYSTEM_ACTOR } from "../lib/audit/record.ts";
import { db } from "../lib/db/client.ts";
import { nextIncidentReference } from "../lib/incidents/register/reference.ts";

const SYSTEMS = [
  {
    key: "analytics-warehouse",
    name: "Analytics warehouse",
    description: "Columnar store with customers' aggregated event data.",
    organizations: ["acme", "globex"],
  },
  {
    key: "event-ingest",
    name: "Event ingest",
    description: "Collects raw events from customers' sites and apps.",
    organizations: ["acme"],
  },
  {
    key: "reporting-api",
    name: "Reporting API",
    description: "Serves dashboards and scheduled reports.",
    organizations: ["globex", "initech"],
  },
];

export const DEMO_INCIDENT_TITLE = "Staging log bucket briefly public (demo)";

const DEMO_REASONING =
  "The bucket held only load-test logs generated with synthetic accounts; no customer's personal data was present (verified by sampling all 412 files). The exposure lasted 40 minutes and access logs show no downloads. Unlikely to result in a risk to the rights and freedoms of natural persons, so not notifiable (Art. 33(1)).";

export async function seedBreachDemo(): Promise<{ created: number }> {
  let created = 0;
  for (const system of SYSTEMS) {
    const row = await db.dataSystem.upsert({
      where: { key: system.key },
      create: { key: system.key, name: system.name, description: system.description },
      update: {},
      select: { id: true },
    });
    const organizations = await db.organization.findMany({
      where: { slug: { in: system.organizations } },
      select: { id: true },
    });
    const links = await db.organizationSystem.createMany({
      data: organizations.map((o) => ({ organizationId: o.id, dataSystemId: row.id })),
      skipDuplicates: true,
    });
    created += links.count;
  }
  if (await db.incident.findFirst({ where: { title: DEMO_INCIDENT_TITLE }, select: { id: true } }))
    return { created };

  const ingest = await db.dataSystem.findUniqueOrThrow({
    where: { key: "event-ingest" },
    select: { id: true },
  });
  const security = await db.user.findUnique({
    where: { email: "security@northwind.example" },
    select: { id: true },
  });
  const awareAt = new Date("2026-02-10T09:20:00Z");
  await db.$transaction(async (tx) => {
    const incident = await tx.incident.create({
      data: {
        reference: await nextIncidentReference(tx, awareAt),
        title: DEMO_INCIDENT_TITLE,
        description:
          "A storage bucket with staging logs of the event-ingest service was made public by a misconfigured deployment and closed 40 minutes later.",
        detectedAt: new Date("2026-02-10T09:05:00Z"),
        awareAt,
        dataCategories: [],
        status: "CLOSED",
        closedAt: new Date("2026-02-12T16:00:00Z"),
        determination: "NOT_NOTIFIABLE",
        determinationReason: DEMO_REASONING,
        determinedAt: new Date("2026-02-10T14:30:00Z"),
        determinedById: security?.id ?? null,
        createdById: security?.id ?? null,
        systems: { create: [{ dataSystemId: ingest.id }] },
        assessments: {
          create: [
            {
              dpc: 1,
              ei: 0.25,
              cbConfidentiality: 0.25,
              cbIntegrity: 0,
              cbAvailability: 0,
              cbMalicious: false,
              score: 0.5,
              band: "LOW",
              notes: "Synthetic data only.",
              assessedById: security?.id ?? null,
              assessedAt: new Date("2026-02-10T11:00:00Z"),
            },
          ],
        },
      },
      select: { id: true, reference: true },
    });
    await recordAudit(
      {
        actor: SYSTEM_ACTOR,
        action: "seed.breach.incident.created",
        target: { type: "Incident", id: incident.id },
        metadata: { reference: incident.reference, determination: "NOT_NOTIFIABLE" },
      },
      { tx },
    );
  });
  return { created: created + 1 };
}
