// Test data for breach tests, written straight to the database (the register, declaring and sending
// have their own code and tests; these need a declared or delivered breach without them). Shared by
// the integration tests, the e2e specs and the bench; never imported by the app.
import { randomBytes } from "node:crypto";
import { db } from "../../db/client.ts";
import { noticeOutboxKey } from "../notices/outbox-key.ts";

const unique = () => randomBytes(4).toString("hex");

export type SentPhaseInput = {
  nature?: string | null;
  dataSubjects?: string | null;
  records?: string | null;
  contactPoint?: string | null;
  likelyConsequences?: string | null;
  measures?: string | null;
  summary?: string;
  sentAt: Date;
};

/** An incident declared a personal-data breach; `awareAt` defaults to two hours ago. */
export async function createBreachIncident(
  data: {
    title?: string;
    awareAt?: Date;
    highRisk?: boolean;
    dataSubjectText?: string;
    dataCategories?: string[];
  } = {},
) {
  const suffix = unique();
  const awareAt = data.awareAt ?? new Date(Date.now() - 2 * 3_600_000);
  return db.incident.create({
    data: {
      reference: `INC-T-${suffix}`,
      title: data.title ?? `Test incident ${suffix}`,
      description: `Unauthorised access to a reporting replica (${suffix}).`,
      detectedAt: new Date(awareAt.getTime() - 30 * 60_000),
      awareAt,
      dataCategories: data.dataCategories ?? ["contact details", "usage data"],
      determination: "PERSONAL_DATA_BREACH",
      determinationReason: "Personal data was read by an unauthorised party.",
      determinedAt: awareAt,
      highRisk: data.highRisk ?? false,
      dataSubjectText: data.dataSubjectText ?? "",
    },
  });
}

/**
 * An incident declared a personal-data breach with one undelivered notification per organisation
 * (deadline = awareness + `windowHours`, else the organisation's window): what declaring produces.
 */
export async function createDeclaredBreach(options: {
  organizationIds: string[];
  awareAt: Date;
  windowHours?: number;
  title?: string;
}) {
  const incident = await createBreachIncident({ title: options.title, awareAt: options.awareAt });
  const organizations = await db.organization.findMany({
    where: { id: { in: options.organizationIds } },
    select: { id: true, breachNotificationHours: true },
  });
  for (let start = 0; start < organizations.length; start += 1000) {
    const batch = organizations.slice(start, start + 1000);
    await db.incidentOrganization.createMany({
      data: batch.map((o) => ({ incidentId: incident.id, organizationId: o.id })),
    });
    await db.incidentNotification.createMany({
      data: batch.map((o) => {
        const windowHours = options.windowHours ?? o.breachNotificationHours;
        return {
          incidentId: incident.id,
          organizationId: o.id,
          windowHours,
          deadlineAt: new Date(options.awareAt.getTime() + windowHours * 3_600_000),
        };
      }),
    });
  }
  return incident;
}

/** A sent phase (immutable once written: sentAt is set on insert). */
export async function createSentPhase(incidentId: string, number: number, phase: SentPhaseInput) {
  return db.noticePhase.create({
    data: {
      incidentId,
      number,
      nature:
        phase.nature === undefined
          ? `Phase ${number}: a misconfigured replica was reachable from the internet.`
          : phase.nature,
      dataSubjects: phase.dataSubjects === undefined ? "About 1,200 end users" : phase.dataSubjects,
      records: phase.records === undefined ? "About 5,000 records" : phase.records,
      contactPoint:
        phase.contactPoint === undefined ? "Dr. Lena Vogel, dpo@northwind.example" : phase.contactPoint,
      likelyConsequences:
        phase.likelyConsequences === undefined
          ? "Phishing attempts using the exposed addresses."
          : phase.likelyConsequences,
      measures: phase.measures === undefined ? "Access closed, credentials rotated." : phase.measures,
      summary: phase.summary ?? "",
      sentAt: phase.sentAt,
    },
  });
}

/** How long after a phase was sent the fixtures' mail server accepted its emails. */
export const FIXTURE_ACCEPTANCE_DELAY_MS = 5_000;

/**
 * The organisation's notification with the given phases sent to it (one NoticeDelivery each). By default
 * delivered: a mail server accepted the first phase's email at its sentAt (with `withOutbox`, the outbox
 * rows are written too, accepted FIXTURE_ACCEPTANCE_DELAY_MS later). With `queued`, sent but not
 * delivered: the outbox rows wait, as they do without a mail server (ADR 0016).
 */
export async function createDeliveredNotification(input: {
  incidentId: string;
  organizationId: string;
  windowHours?: number;
  awareAt: Date;
  phases: { id: string; sentAt: Date | null }[];
  recipients?: string[];
  /** Also write the outbox rows the sender would have written, marked sent. */
  withOutbox?: boolean;
  /** Sent but not delivered: outbox rows PENDING, no firstDeliveredAt. */
  queued?: boolean;
}) {
  const windowHours = input.windowHours ?? 36;
  const sent = input.phases.filter((p): p is { id: string; sentAt: Date } => p.sentAt !== null);
  const recipients = input.recipients ?? [`privacy-${unique()}@example.test`];
  const acceptedAt = (phase: { sentAt: Date }) =>
    new Date(phase.sentAt.getTime() + (input.withOutbox ? FIXTURE_ACCEPTANCE_DELAY_MS : 0));
  const notification = await db.incidentNotification.create({
    data: {
      incidentId: input.incidentId,
      organizationId: input.organizationId,
      windowHours,
      deadlineAt: new Date(input.awareAt.getTime() + windowHours * 3_600_000),
      firstSentAt: sent[0]?.sentAt ?? null,
      firstDeliveredAt: sent[0] && !input.queued ? acceptedAt(sent[0]) : null,
    },
  });
  for (const phase of sent) {
    await db.noticeDelivery.create({
      data: { notificationId: notification.id, phaseId: phase.id, recipients, sentAt: phase.sentAt },
    });
    if (input.withOutbox || input.queued) {
      for (const address of recipients) {
        await db.outboxEmail.create({
          data: {
            idempotencyKey: noticeOutboxKey(phase.id, input.organizationId, address),
            organizationId: input.organizationId,
            toAddress: address,
            subject: "Personal data breach notification",
            textBody: "See the portal.",
            ...(input.queued
              ? { status: "PENDING", nextAttemptAt: phase.sentAt }
              : { status: "SENT", attempts: 1, sentAt: acceptedAt(phase) }),
          },
        });
      }
    }
  }
  return notification;
}

/**
 * One incident affecting the given organisations, with two sent phases (the second an hour after the
 * first) delivered to each; returns the incident, phases and each organisation's notification.
 */
export async function seedDeliveredBreach(
  organizationIds: string[],
  options: {
    title?: string;
    highRisk?: boolean;
    dataSubjectText?: string;
    firstSentAt?: Date;
    withOutbox?: boolean;
    /** Sent but not delivered (no mail server has accepted the emails). */
    queued?: boolean;
  } = {},
) {
  const firstSentAt = options.firstSentAt ?? new Date(Date.now() - 60 * 60_000);
  const incident = await createBreachIncident({
    title: options.title,
    highRisk: options.highRisk,
    dataSubjectText: options.dataSubjectText,
    awareAt: new Date(firstSentAt.getTime() - 60 * 60_000),
  });
  const first = await createSentPhase(incident.id, 1, { sentAt: firstSentAt, likelyConsequences: null });
  const second = await createSentPhase(incident.id, 2, {
    sentAt: new Date(firstSentAt.getTime() + 30 * 60_000),
    summary: "The likely consequences are now known.",
  });
  const notifications = [];
  for (const organizationId of organizationIds) {
    notifications.push(
      await createDeliveredNotification({
        incidentId: incident.id,
        organizationId,
        awareAt: incident.awareAt,
        phases: [first, second],
        withOutbox: options.withOutbox,
        queued: options.queued,
      }),
    );
  }
  return { incident, phases: [first, second], notifications };
}
