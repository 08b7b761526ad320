import "server-only";
// The processor's own due date (A3) is watched by a job (lib/jobs/dsr-deadline-jobs.ts), every minute:
// - an instructed request still open whose processor due date is less than a day away -> one reminder to
//   its assignee, or to every PRIVACY staff member while nobody is assigned;
// - one past its processor due date -> one escalation to every ADMIN staff member.
// Each request is claimed by a conditional UPDATE (reminderSentAt / escalatedAt IS NULL) in the same
// transaction as its emails and its event (provider's chain), so two workers never remind twice and a
// crash never loses a reminder. A forwarded request has no processor work yet (A7): it is not watched.
import { randomUUID } from "node:crypto";
import { SYSTEM_ACTOR } from "../audit/record.ts";
import { db, type Tx } from "../db/client.ts";
import { formatInstant } from "../i18n/format.ts";
import { requestEmailDelivery } from "../jobs/email-jobs.ts";
import { enqueueEmailBatch } from "../mail/outbox.ts";
import { providerTimeZone } from "../provider/default-time-zone.ts";
import type { Clock } from "../time/clock.ts";
import { readerTimeZone } from "../time/reader-time-zone.ts";
import { auditForProvider, dsrEvent } from "./audit.ts";
import { consoleRequestUrl } from "./links.ts";
import { DSR_EMAILS } from "./messages.ts";
import { activeStaffWith, type StaffMember } from "../admin/staff/active-staff.ts";

export const REMINDER_WINDOW_MS = 24 * 3_600_000;

type Claimed = {
  id: string;
  reference: string;
  processorDueAt: Date;
  assigneeId: string | null;
  organization: string;
};

async function claim(tx: Tx, column: "reminderSentAt" | "escalatedAt", now: Date): Promise<Claimed[]> {
  const soon = new Date(now.getTime() + REMINDER_WINDOW_MS);
  return column === "reminderSentAt"
    ? tx.$queryRaw<Claimed[]>`
        UPDATE "DataSubjectRequest" r SET "reminderSentAt" = ${now}
        FROM "Organization" o
        WHERE o.id = r."organizationId" AND r.status IN ('OPEN', 'IN_PROGRESS') AND r."reminderSentAt" IS NULL
          AND r."processorDueAt" >= ${now} AND r."processorDueAt" < ${soon}
        RETURNING r.id, r.reference, r."processorDueAt", r."assigneeId", o.name AS organization`
    : tx.$queryRaw<Claimed[]>`
        UPDATE "DataSubjectRequest" r SET "escalatedAt" = ${now}
        FROM "Organization" o
        WHERE o.id = r."organizationId" AND r.status IN ('OPEN', 'IN_PROGRESS') AND r."escalatedAt" IS NULL
          AND r."processorDueAt" < ${now}
        RETURNING r.id, r.reference, r."processorDueAt", r."assigneeId", o.name AS organization`;
}

async function activeUser(tx: Tx, id: string): Promise<StaffMember[]> {
  const user = await tx.user.findFirst({
    where: { id, disabledAt: null },
    select: { id: true, email: true, timeZone: true },
  });
  return user ? [user] : [];
}

async function notify(
  tx: Tx,
  kind: "reminder" | "escalation",
  requests: Claimed[],
  clock: Clock,
): Promise<void> {
  const run = randomUUID();
  const admins = kind === "escalation" ? await activeStaffWith(tx, ["ADMIN"]) : [];
  const privacy = kind === "reminder" ? await activeStaffWith(tx, ["PRIVACY"]) : [];
  const provider = await providerTimeZone(tx);
  for (const request of requests) {
    const assignee = request.assigneeId ? await activeUser(tx, request.assigneeId) : [];
    const to = kind === "escalation" ? admins : assignee.length > 0 ? assignee : privacy;
    // Each staff member reads the due date in their own zone, else the provider's default.
    await enqueueEmailBatch(
      tx,
      to.map((user) => ({
        idempotencyKey: `dsr-${kind}:${request.id}:${run}:${user.id}`,
        to: user.email,
        ...DSR_EMAILS[kind]({
          reference: request.reference,
          organization: request.organization,
          due: formatInstant("en", request.processorDueAt, readerTimeZone({ own: user.timeZone, provider })),
          url: consoleRequestUrl(request.id),
        }),
      })),
    );
    await auditForProvider(tx, { actor: SYSTEM_ACTOR, clock }, [
      dsrEvent(
        kind === "reminder" ? "dsr.request.reminder_sent" : "dsr.request.escalated",
        { type: "DataSubjectRequest", id: request.id },
        {
          reference: request.reference,
          processorDueAt: request.processorDueAt.toISOString(),
          staffNotified: to.length,
        },
      ),
    ]);
  }
}

export async function runDsrDeadlineChecks(clock: Clock): Promise<{ reminded: number; escalated: number }> {
  const now = clock.now();
  const fixed: Clock = { now: () => now };
  const result = await db.$transaction(
    async (tx) => {
      const dueSoon = await claim(tx, "reminderSentAt", now);
      const overdue = await claim(tx, "escalatedAt", now);
      await notify(tx, "reminder", dueSoon, fixed);
      await notify(tx, "escalation", overdue, fixed);
      return { reminded: dueSoon.length, escalated: overdue.length };
    },
    { maxWait: 10_000, timeout: 60_000 },
  );
  if (result.reminded + result.escalated > 0) await requestEmailDelivery();
  return result;
}
