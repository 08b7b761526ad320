// Demo data: the provider, three customer organisations with members in every role, staff, and the
// published trust center.
// Idempotent: running it again changes nothing. The README lists the sign-ins below.
import { recordAudit, SYSTEM_ACTOR } from "../lib/audit/record.ts";
import { db, disconnectDb } from "../lib/db/client.ts";
import type { CustomerRole, StaffRole } from "../lib/generated/prisma/enums.ts";
import { createOrganization, createUser, upsertProviderSettings } from "./factories.ts";
import { seedBreachDemo } from "./seed-breach.ts";
import { seedDsrDemo } from "./seed-dsr.ts";
import { seedDsrSystems } from "./seed-dsr-systems.ts";
import { seedProcessingActivities } from "./seed-records.ts";
import { seedCompliance } from "./seed-trust/compliance.ts";
import { seedTrustDocuments } from "./seed-trust/documents.ts";
import { seedDpaAcceptances } from "./seed-trust/dpa-acceptances.ts";
import { seedLibrary } from "./seed-trust/library.ts";
import { seedProviderProfile } from "./seed-trust/provider.ts";
import { seedSubprocessorNotices } from "./seed-trust/subprocessor-notices.ts";
import { seedSubprocessors } from "./seed-trust/subprocessors.ts";

export const DEMO_PASSWORD = "article28-demo";

// Subprocessor authorisation as their DPAs agree it (C1): Acme and Initech a general authorisation with
// 30 days' notice, Globex (health data) a specific one: each new subprocessor needs its approval.
const ORGANIZATIONS = [
  { slug: "acme", name: "Acme Retail AG", breachNotificationHours: 24, dsrDueDays: 7 },
  {
    slug: "globex",
    name: "Globex Health GmbH",
    breachNotificationHours: 36,
    dsrDueDays: 10,
    subprocessorAuthorisation: "SPECIFIC" as const,
  },
  { slug: "initech", name: "Initech Insurance SE", breachNotificationHours: 48, dsrDueDays: 14 },
];

const CUSTOMERS: { email: string; name: string; org: string; role: CustomerRole }[] = [
  { email: "owner@acme.example", name: "Anna Owner", org: "acme", role: "OWNER" },
  { email: "privacy@acme.example", name: "Paul Privacy", org: "acme", role: "PRIVACY_OFFICER" },
  { email: "member@acme.example", name: "Mia Member", org: "acme", role: "MEMBER" },
  { email: "owner@globex.example", name: "Gustav Owner", org: "globex", role: "OWNER" },
  { email: "admin@globex.example", name: "Greta Admin", org: "globex", role: "ADMIN" },
  { email: "auditor@globex.example", name: "Ali Auditor", org: "globex", role: "AUDITOR" },
  { email: "owner@initech.example", name: "Ines Owner", org: "initech", role: "OWNER" },
];

const STAFF: { email: string; name: string; roles: StaffRole[] }[] = [
  { email: "admin@northwind.example", name: "Sam Staff-Admin", roles: ["ADMIN"] },
  { email: "security@northwind.example", name: "Sara Security", roles: ["SECURITY"] },
  { email: "privacy@northwind.example", name: "Pia Privacy", roles: ["PRIVACY"] },
  { email: "content@northwind.example", name: "Carl Content", roles: ["CONTENT"] },
  { email: "support@northwind.example", name: "Sue Support", roles: ["SUPPORT"] },
];

/** `now`: the moment the demo's history is counted back from (prisma/seed-trust/demo-timeline.ts). */
export async function seed(now: Date = new Date()): Promise<{ created: number }> {
  await upsertProviderSettings();
  let created = 0;
  const orgIds = new Map<string, string>();
  for (const org of ORGANIZATIONS) {
    const existing = await db.organization.findUnique({ where: { slug: org.slug } });
    const row = existing ?? (await createOrganization(org));
    if (!existing) {
      created++;
      await recordAudit({
        organizationId: row.id,
        actor: SYSTEM_ACTOR,
        action: "seed.organization.created",
        target: { type: "Organization", id: row.id },
      });
    }
    orgIds.set(org.slug, row.id);
  }
  for (const person of CUSTOMERS) {
    if (await db.user.findUnique({ where: { email: person.email } })) continue;
    const organizationId = orgIds.get(person.org)!;
    const user = await createUser({
      email: person.email,
      name: person.name,
      password: DEMO_PASSWORD,
      memberships: [{ organizationId, role: person.role }],
    });
    created++;
    await recordAudit({
      organizationId,
      actor: SYSTEM_ACTOR,
      action: "seed.member.created",
      target: { type: "User", id: user.id },
      metadata: { role: person.role },
    });
  }
  for (const person of STAFF) {
    if (await db.user.findUnique({ where: { email: person.email } })) continue;
    const user = await createUser({
      email: person.email,
      name: person.name,
      password: DEMO_PASSWORD,
      staffRoles: person.roles,
    });
    created++;
    await recordAudit({
      actor: SYSTEM_ACTOR,
      action: "seed.staff.created",
      target: { type: "User", id: user.id },
      metadata: { roles: person.roles },
    });
  }
  // The public trust center: provider profile, documents in English and German, subprocessors,
  // the document library with NDA, the compliance roadmap (it links certificates in the library).
  await seedProviderProfile();
  await seedTrustDocuments(now);
  // The customers' owners accepted the first DPA version (lib/dpa).
  await seedDpaAcceptances(now);
  await seedSubprocessors(now);
  // Each demo customer's notices of the seeded changes and its answers (C1/C2).
  await seedSubprocessorNotices(now);
  await seedLibrary(now);
  await seedCompliance(now);
  // Breach management: data systems of the product, which organisations use them, a demo register entry.
  await seedBreachDemo();
  // Data-subject requests: the reference connector's systems, their secrets and its demo records.
  await seedDsrSystems(now);
  // Records of processing: the processing activities, linked to the systems above (ADR 0031).
  await seedProcessingActivities(now);
  // Data-subject requests in the states people meet, counted back from the same moment.
  await seedDsrDemo({ clock: { now: () => now } });
  return { created };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { created } = await seed();
  console.log(created ? `Seeded ${created} demo records.` : "Demo data already present.");
  await disconnectDb();
}
