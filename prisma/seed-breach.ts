// Demo data for breach management: the provider's data systems, which seeded organisations' data each
// holds, and a register that reads like a real provider's last months (B5): a phishing attempt that was
// no personal-data breach, a short exposure judged not notifiable, a misaddressed report notified to
// Globex in two phases (delivered, acknowledged, reported to its authority), and an incident still under
// investigation. Dates are relative to the clock (the seed run; tests pass a fixed one), authors are the
// seeded staff. The notified breach is history: its emails are recorded as accepted by the mail server
// back then, so it reads as delivered (ADR 0016). Idempotent: each incident is keyed by its title.
import { recordAudit, SYSTEM_ACTOR } from "../lib/audit/record.ts";
import { db, type Tx } from "../lib/db/client.ts";
import { noticeSubject } from "../lib/incidents/notices/email.ts";
import { noticeOutboxKey } from "../lib/incidents/notices/outbox-key.ts";
import { uniqueAddresses } from "../lib/incidents/notices/recipients.ts";
import { nextIncidentReference } from "../lib/incidents/register/reference.ts";
import { PROVIDER_SETTINGS_ID } from "../lib/provider/settings-id.ts";
import { systemClock, type Clock } from "../lib/time/clock.ts";
import {
  DEMO_INCIDENTS,
  DEMO_SYSTEMS,
  type DemoIncident,
  type DemoNotification,
} from "./seed-breach-history.ts";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export async function seedBreachDemo(options: { clock?: Clock } = {}): Promise<{ created: number }> {
  const now = (options.clock ?? systemClock).now();
  let created = 0;
  for (const system of DEMO_SYSTEMS) {
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
  const staff = await staffIds();
  // Oldest first, so references are numbered in the order the incidents happened.
  for (const incident of [...DEMO_INCIDENTS].sort((a, b) => b.awareDaysAgo - a.awareDaysAgo)) {
    if (await db.incident.findFirst({ where: { title: incident.title }, select: { id: true } })) continue;
    await db.$transaction((tx) => createIncident(tx, incident, now, staff), { timeout: 30_000 });
    created++;
  }
  return { created };
}

type StaffIds = Map<string, string>;

async function staffIds(): Promise<StaffIds> {
  const emails = DEMO_INCIDENTS.flatMap((i) => [i.recordedBy, i.determinedBy, i.notification?.sentBy]);
  const users = await db.user.findMany({
    where: { email: { in: emails.filter((e): e is string => Boolean(e)) } },
    select: { id: true, email: true },
  });
  return new Map(users.map((u) => [u.email, u.id]));
}

async function createIncident(tx: Tx, demo: DemoIncident, now: Date, staff: StaffIds): Promise<void> {
  // Whole minutes, as staff record them.
  const awareAt = new Date(Math.floor((now.getTime() - demo.awareDaysAgo * DAY) / 60_000) * 60_000);
  const at = (hoursAfterAwareness: number) => new Date(awareAt.getTime() + hoursAfterAwareness * HOUR);
  const systems = await tx.dataSystem.findMany({
    where: { key: { in: [...demo.systems] } },
    select: { id: true },
  });
  const organizations = await tx.organization.findMany({
    where: { slug: { in: demo.notification ? [demo.notification.organization] : [] } },
    select: { id: true, slug: true, name: true, breachNotificationHours: true, privacyContacts: true },
  });
  const recordedBy = staff.get(demo.recordedBy) ?? null;
  const determinedBy = demo.determinedBy ? (staff.get(demo.determinedBy) ?? null) : null;
  const incident = await tx.incident.create({
    data: {
      reference: await nextIncidentReference(tx, awareAt),
      title: demo.title,
      description: demo.description,
      detectedAt: at(-demo.detectedHoursBeforeAwareness),
      awareAt,
      dataCategories: [...demo.dataCategories],
      status: demo.status,
      closedAt: demo.closedAfterHours === undefined ? null : at(demo.closedAfterHours),
      determination: demo.determination,
      determinationReason: demo.reasoning,
      determinedAt: demo.determinedAfterHours === undefined ? null : at(demo.determinedAfterHours),
      determinedById: determinedBy,
      createdById: recordedBy,
      createdAt: at(0.25),
      systems: { create: systems.map((s) => ({ dataSystemId: s.id })) },
      organizations: { create: organizations.map((o) => ({ organizationId: o.id, addedAt: at(1) })) },
      assessments: {
        create: demo.assessments.map((a) => ({
          ...a.inputs,
          notes: a.notes,
          assessedById: recordedBy,
          assessedAt: at(a.afterHours),
        })),
      },
    },
    select: { id: true, reference: true },
  });
  const organization = organizations[0];
  if (demo.notification && organization)
    await createNotification(tx, incident, demo.notification, organization, { at, staff });
  await recordAudit(
    {
      actor: SYSTEM_ACTOR,
      action: "seed.breach.incident.created",
      target: { type: "Incident", id: incident.id },
      metadata: { reference: incident.reference, determination: demo.determination },
    },
    { tx },
  );
}

async function createNotification(
  tx: Tx,
  { id: incidentId, reference }: { id: string; reference: string },
  demo: DemoNotification,
  organization: { id: string; name: string; breachNotificationHours: number; privacyContacts: string[] },
  { at, staff }: { at: (hoursAfterAwareness: number) => Date; staff: StaffIds },
): Promise<void> {
  const members = await tx.membership.findMany({
    where: { organizationId: organization.id, role: { in: ["OWNER", "ADMIN", "PRIVACY_OFFICER"] } },
    select: { user: { select: { email: true } } },
  });
  const recipients = uniqueAddresses([...organization.privacyContacts, ...members.map((m) => m.user.email)]);
  const acknowledger = await tx.user.findUnique({
    where: { email: demo.acknowledgedBy },
    select: { id: true, name: true },
  });
  const phases = [];
  for (const [index, phase] of demo.phases.entries()) {
    const sentAt = at(phase.sentAfterHours);
    const row = await tx.noticePhase.create({
      data: {
        incidentId,
        number: index + 1,
        summary: phase.summary,
        ...phase.items,
        sentAt,
        sentById: staff.get(demo.sentBy) ?? null,
        createdAt: new Date(sentAt.getTime() - HOUR),
      },
      select: { id: true, number: true },
    });
    phases.push({ ...row, sentAt });
  }
  const first = phases[0]!;
  await tx.noticeFollowUp.createMany({
    data: demo.followUps.map((item) => ({
      incidentId,
      item,
      openedInPhase: 1,
      resolvedInPhase: 2,
      createdAt: first.sentAt,
    })),
  });
  const provider = await tx.providerSettings.findUnique({
    where: { id: PROVIDER_SETTINGS_ID },
    select: { displayName: true },
  });
  const acceptedAt = (sentAt: Date) => new Date(sentAt.getTime() + 4_000);
  const notification = await tx.incidentNotification.create({
    data: {
      incidentId,
      organizationId: organization.id,
      windowHours: organization.breachNotificationHours,
      deadlineAt: at(organization.breachNotificationHours),
      firstSentAt: first.sentAt,
      firstDeliveredAt: acceptedAt(first.sentAt),
      acknowledgedAt: at(demo.acknowledgedAfterHours),
      acknowledgedById: acknowledger?.id ?? null,
      acknowledgedByName: acknowledger?.name ?? demo.acknowledgedBy,
      authorityNotifiedAt: at(demo.authority.notifiedAfterHours),
      authorityTimeZone: demo.authority.timeZone,
      authorityReference: demo.authority.reference,
      createdAt: at(1),
    },
    select: { id: true },
  });
  for (const phase of phases) {
    await tx.noticeDelivery.create({
      data: { notificationId: notification.id, phaseId: phase.id, recipients, sentAt: phase.sentAt },
    });
    await tx.outboxEmail.createMany({
      data: recipients.map((address) => ({
        idempotencyKey: noticeOutboxKey(phase.id, organization.id, address),
        organizationId: organization.id,
        toAddress: address,
        subject: noticeSubject(provider?.displayName ?? "Northwind Analytics", reference, phase.number),
        textBody: `Phase ${phase.number} of the notice to ${organization.name}; the portal shows it in full.`,
        status: "SENT" as const,
        attempts: 1,
        createdAt: phase.sentAt,
        nextAttemptAt: phase.sentAt,
        sentAt: acceptedAt(phase.sentAt),
      })),
      skipDuplicates: true,
    });
  }
}
