import "server-only";
// Deadline reminders and escalation for breach notifications (GDPR.md B1). Every minute:
// - a notification that has not reached its organisation whose deadline is less than 6 hours away -> one
//   reminder to every SECURITY and ADMIN staff member;
// - one past its deadline and still not reached -> one escalation to every ADMIN.
// Reached means an SMTP server accepted the notice for one of its recipients, or a member acknowledged
// it in the portal (ADR 0016): a sent notice whose emails wait in the outbox is still due.
// Each notification is claimed by a conditional UPDATE (reminderSentAt / escalatedAt IS NULL) in the same
// transaction as the emails, so two workers never remind twice and a crash never loses a reminder.
// Each staff member reads the deadlines in their own time zone (else the provider's default).
import { randomUUID } from "node:crypto";
import { recordAudit, SYSTEM_ACTOR } from "../audit/record.ts";
import { env } from "../config/env.ts";
import { db, type Tx } from "../db/client.ts";
import type { StaffRole } from "../generated/prisma/enums.ts";
import { formatInstant } from "../i18n/format.ts";
import { requestEmailDelivery } from "../jobs/email-jobs.ts";
import { enqueueEmailBatch } from "../mail/outbox.ts";
import { providerTimeZone } from "../provider/default-time-zone.ts";
import type { Clock } from "../time/clock.ts";
import { readerTimeZone } from "../time/reader-time-zone.ts";
import { INCIDENT_MESSAGES } from "./messages.ts";
import { activeStaffWith } from "../admin/staff/active-staff.ts";

export const REMINDER_WINDOW_MS = 6 * 3_600_000;

type Claimed = { id: string; deadlineAt: Date; incidentId: string; reference: string; title: string };
type Kind = {
  column: "reminderSentAt" | "escalatedAt";
  roles: StaffRole[];
  action: "breach.notification.reminder_sent" | "breach.notification.escalated";
};

const REMINDER: Kind = {
  column: "reminderSentAt",
  roles: ["SECURITY", "ADMIN"],
  action: "breach.notification.reminder_sent",
};
const ESCALATION: Kind = { column: "escalatedAt", roles: ["ADMIN"], action: "breach.notification.escalated" };

export async function runBreachDeadlineChecks(
  clock: Clock,
): Promise<{ reminded: number; escalated: number }> {
  const now = clock.now();
  const result = await db.$transaction(
    async (tx) => {
      const dueSoon = await claimDueSoon(tx, now);
      const overdue = await claimOverdue(tx, now);
      await notifyStaff(tx, REMINDER, dueSoon, now);
      await notifyStaff(tx, ESCALATION, overdue, now);
      return { reminded: dueSoon.length, escalated: overdue.length };
    },
    { maxWait: 10_000, timeout: 60_000 },
  );
  if (result.reminded + result.escalated > 0) await requestEmailDelivery();
  return result;
}

async function claimDueSoon(tx: Tx, now: Date): Promise<Claimed[]> {
  const soon = new Date(now.getTime() + REMINDER_WINDOW_MS);
  return tx.$queryRaw<Claimed[]>`
    UPDATE "IncidentNotification" n SET "reminderSentAt" = ${now}
    FROM "Incident" i
    WHERE i.id = n."incidentId" AND n."firstDeliveredAt" IS NULL AND n."acknowledgedAt" IS NULL
      AND n."reminderSentAt" IS NULL
      AND n."deadlineAt" >= ${now} AND n."deadlineAt" < ${soon}
    RETURNING n.id, n."deadlineAt", n."incidentId", i.reference, i.title`;
}

async function claimOverdue(tx: Tx, now: Date): Promise<Claimed[]> {
  return tx.$queryRaw<Claimed[]>`
    UPDATE "IncidentNotification" n SET "escalatedAt" = ${now}
    FROM "Incident" i
    WHERE i.id = n."incidentId" AND n."firstDeliveredAt" IS NULL AND n."acknowledgedAt" IS NULL
      AND n."escalatedAt" IS NULL AND n."deadlineAt" < ${now}
    RETURNING n.id, n."deadlineAt", n."incidentId", i.reference, i.title`;
}

type IncidentDue = {
  incidentId: string;
  reference: string;
  title: string;
  organizations: number;
  earliest: Date;
};

function byIncident(claimed: Claimed[]): IncidentDue[] {
  const groups = new Map<string, IncidentDue>();
  for (const n of claimed) {
    const group = groups.get(n.incidentId) ?? {
      incidentId: n.incidentId,
      reference: n.reference,
      title: n.title,
      organizations: 0,
      earliest: n.deadlineAt,
    };
    group.organizations++;
    if (n.deadlineAt < group.earliest) group.earliest = n.deadlineAt;
    groups.set(n.incidentId, group);
  }
  return [...groups.values()].sort((a, b) => a.earliest.getTime() - b.earliest.getTime());
}

async function notifyStaff(tx: Tx, kind: Kind, claimed: Claimed[], now: Date): Promise<void> {
  if (claimed.length === 0) return;
  const incidents = byIncident(claimed);
  const staff = await activeStaffWith(tx, kind.roles);
  const run = randomUUID();
  const provider = await providerTimeZone(tx);
  await enqueueEmailBatch(
    tx,
    staff.map((user) => ({
      idempotencyKey: `breach-${kind === REMINDER ? "reminder" : "escalation"}:${run}:${user.id}`,
      to: user.email,
      ...staffEmail(kind, incidents, readerTimeZone({ own: user.timeZone, provider })),
    })),
  );
  for (const incident of incidents) {
    await recordAudit(
      {
        organizationId: null,
        actor: SYSTEM_ACTOR,
        action: kind.action,
        target: { type: "Incident", id: incident.incidentId },
        metadata: {
          reference: incident.reference,
          organizations: incident.organizations,
          earliestDeadline: incident.earliest.toISOString(),
          staffNotified: staff.length,
        },
      },
      { tx, clock: { now: () => now } },
    );
  }
}

function staffEmail(
  kind: Kind,
  incidents: IncidentDue[],
  timeZone: string,
): { subject: string; text: string } {
  const total = incidents.reduce((sum, i) => sum + i.organizations, 0);
  const lines = incidents.map((i) => ({ ...i, earliest: formatInstant("en", i.earliest, timeZone) }));
  const dashboard = `${env().APP_URL.replace(/\/$/, "")}/admin/incidents/dashboard`;
  return kind === REMINDER
    ? INCIDENT_MESSAGES.reminderEmail(total, lines, dashboard)
    : INCIDENT_MESSAGES.escalationEmail(total, lines, dashboard);
}
