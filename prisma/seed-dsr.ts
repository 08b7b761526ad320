// Demo data for data-subject requests: a few requests per demo organisation in the states people meet —
// open, in progress, completed, declined with its reason, extended with its reason, forwarded from a data
// subject and waiting for the controller's decision, one past our own due date — and one message from a
// data subject waiting in the console's inbox. Dates are relative to the clock (the seed run; tests pass a
// fixed one), the same way the breach demo counts back. Filed through the same code as the portal
// (lib/dsr/insert-request.ts) by the organisation's privacy officer or owner, then moved to their state.
// Idempotent: each request is keyed by its demo instruction reference.
import { randomUUID } from "node:crypto";
import { recordAudit, SYSTEM_ACTOR } from "../lib/audit/record.ts";
import { db, type Tx } from "../lib/db/client.ts";
import type { DsrStatus, DsrTaskStatus } from "../lib/generated/prisma/enums.ts";
import { auditForBoth, dsrEvent } from "../lib/dsr/audit.ts";
import { dayIn, extendedDueAt, initialDeadlines } from "../lib/dsr/deadlines.ts";
import { sealDirectContent } from "../lib/dsr/direct/content.ts";
import { insertInstructedRequest } from "../lib/dsr/insert-request.ts";
import { organizationDeadlines } from "../lib/dsr/policy.ts";
import { nextDsrReference } from "../lib/dsr/reference.ts";
import { sealSubject, subjectHash } from "../lib/dsr/subject.ts";
import type { DsrRequestInput } from "../lib/dsr/request-input.ts";
import { systemClock, type Clock } from "../lib/time/clock.ts";

const DAY = 24 * 3_600_000;

type DemoRequest = {
  organization: string;
  filedBy: string;
  key: string;
  receivedDaysAgo: number;
  input: Omit<DsrRequestInput, "receivedAt" | "instructionReference" | "identityVerified">;
  status: DsrStatus;
  tasks?: DsrTaskStatus;
  declineReason?: string;
  extension?: { afterDays: number; months: 1 | 2; reason: string; by: string };
  forwardedFrom?: { name: string; company: string; message: string };
};

const DEMO_REQUESTS: DemoRequest[] = [
  {
    organization: "acme",
    filedBy: "privacy@acme.example",
    key: "DEMO-ACME-1",
    receivedDaysAgo: 2,
    input: { type: "ACCESS", subject: { email: "lena.berg@acme-customer.example" }, note: "" },
    status: "OPEN",
  },
  {
    organization: "acme",
    filedBy: "privacy@acme.example",
    key: "DEMO-ACME-2",
    receivedDaysAgo: 5,
    input: {
      type: "ERASURE",
      subject: { email: "jonas.keller@acme-customer.example", externalId: "acme-cust-20931" },
      note: "Closed their account on 1 March; asked for everything to be erased.",
    },
    status: "IN_PROGRESS",
    tasks: "WAITING",
  },
  {
    organization: "acme",
    filedBy: "owner@acme.example",
    key: "DEMO-ACME-3",
    receivedDaysAgo: 45,
    input: { type: "ACCESS", subject: { email: "mara.vogt@acme-customer.example" }, note: "" },
    status: "COMPLETED",
    tasks: "DONE",
  },
  {
    organization: "acme",
    filedBy: "privacy@acme.example",
    key: "DEMO-ACME-4",
    receivedDaysAgo: 20,
    input: {
      type: "RECTIFICATION",
      subject: { externalId: "acme-cust-11872" },
      corrections: { last_name: "Schmidt-Weber" },
      note: "",
    },
    status: "DECLINED",
    declineReason:
      "We hold no record under this user id in any connected system; the id may belong to your own CRM only.",
  },
  {
    organization: "acme",
    filedBy: "privacy@acme.example",
    key: "DEMO-ACME-5",
    receivedDaysAgo: 1,
    input: { type: "ERASURE", subject: { email: "tom.fischer@example.net" }, note: "" },
    status: "FORWARDED",
    forwardedFrom: {
      name: "Tom Fischer",
      company: "Acme Retail",
      message: "Please delete my customer account and all my order data.",
    },
  },
  {
    organization: "globex",
    filedBy: "admin@globex.example",
    key: "DEMO-GLOBEX-1",
    receivedDaysAgo: 25,
    input: {
      type: "RESTRICTION",
      subject: { email: "p.novak@globex-patient.example" },
      scope: "Marketing analytics only.",
      note: "",
    },
    status: "IN_PROGRESS",
    tasks: "PENDING",
    extension: {
      afterDays: 9,
      months: 1,
      reason: "The subject's records span three product generations; two need a manual review.",
      by: "privacy@northwind.example",
    },
  },
  {
    organization: "globex",
    filedBy: "owner@globex.example",
    key: "DEMO-GLOBEX-2",
    receivedDaysAgo: 60,
    input: { type: "PORTABILITY", subject: { email: "h.meier@globex-patient.example" }, note: "" },
    status: "COMPLETED",
    tasks: "DONE",
  },
  {
    organization: "initech",
    filedBy: "owner@initech.example",
    key: "DEMO-INITECH-1",
    receivedDaysAgo: 17,
    input: {
      type: "OBJECTION",
      subject: { externalId: "INI-884120" },
      scope: "Profiling for premium offers.",
      note: "",
    },
    status: "OPEN",
  },
];

export async function seedDsrDemo(options: { clock?: Clock } = {}): Promise<{ created: number }> {
  const now = (options.clock ?? systemClock).now();
  let created = 0;
  for (const demo of DEMO_REQUESTS) {
    const organization = await db.organization.findUnique({
      where: { slug: demo.organization },
      select: { id: true },
    });
    const filer = await db.user.findUnique({ where: { email: demo.filedBy }, select: { id: true } });
    if (!organization || !filer) continue;
    const exists = await db.dataSubjectRequest.findFirst({
      where: { organizationId: organization.id, instructionReference: demo.key },
      select: { id: true },
    });
    if (exists) continue;
    await db.$transaction(
      (tx) =>
        demo.forwardedFrom
          ? createForwarded(tx, demo, organization.id, now)
          : createDemoRequest(tx, demo, organization.id, filer.id, now),
      { timeout: 30_000 },
    );
    created++;
  }
  if ((await db.directRequest.count({ where: { status: "RECEIVED" } })) === 0) {
    await waitingMessage(now);
    created++;
  }
  return { created };
}

async function createDemoRequest(
  tx: Tx,
  demo: DemoRequest,
  organizationId: string,
  filerId: string,
  now: Date,
) {
  const receivedAt = new Date(Math.floor((now.getTime() - demo.receivedDaysAgo * DAY) / 60_000) * 60_000);
  const filedAt = new Date(receivedAt.getTime() + 3 * 3_600_000);
  const filed = await insertInstructedRequest(
    tx,
    {
      actor: { userId: null, label: "demo seed" },
      clock: { now: () => filedAt },
      organizationId,
      userId: filerId,
    },
    { ...demo.input, receivedAt, instructionReference: demo.key, identityVerified: true },
    "PORTAL",
  );
  if (demo.tasks) {
    const done = demo.tasks === "DONE";
    await tx.dsrTask.updateMany({
      where: { requestId: filed.id },
      data: {
        status: demo.tasks,
        attempts: demo.tasks === "PENDING" ? 0 : 1,
        lastAttemptAt: demo.tasks === "PENDING" ? null : new Date(filedAt.getTime() + 60_000),
        ...(done
          ? {
              records: 3,
              fields: ["email", "name", "orders"],
              completedAt: new Date(filedAt.getTime() + DAY),
            }
          : {}),
      },
    });
  }
  const closed = demo.status === "COMPLETED" || demo.status === "DECLINED";
  await tx.dataSubjectRequest.update({
    where: { id: filed.id },
    data: {
      status: demo.status,
      ...(demo.declineReason ? { declineReason: demo.declineReason } : {}),
      ...(closed
        ? { closedAt: new Date(filedAt.getTime() + 2 * DAY), subjectSealed: null, detailsSealed: null }
        : {}),
    },
  });
  if (demo.status === "DECLINED") {
    await tx.dsrTask.updateMany({ where: { requestId: filed.id }, data: { status: "CANCELLED" } });
  }
  if (demo.extension)
    await extendDemo(tx, filed.id, organizationId, demo.extension, receivedAt, filed.legalDueAt);
  await seedEvent(tx, organizationId, filed.id, filed.reference, demo.status);
}

async function seedEvent(tx: Tx, organizationId: string, id: string, reference: string, status: DsrStatus) {
  await recordAudit(
    {
      organizationId,
      actor: SYSTEM_ACTOR,
      action: "seed.dsr.request.created",
      target: { type: "DataSubjectRequest", id },
      metadata: { reference, status },
    },
    { tx },
  );
}

async function extendDemo(
  tx: Tx,
  requestId: string,
  organizationId: string,
  extension: NonNullable<DemoRequest["extension"]>,
  receivedAt: Date,
  previousDueAt: Date,
) {
  const staff = await tx.user.findUnique({ where: { email: extension.by }, select: { id: true } });
  const { policy } = await organizationDeadlines(organizationId, tx);
  const newDueAt = extendedDueAt(receivedAt, policy, extension.months);
  const at = new Date(receivedAt.getTime() + extension.afterDays * DAY);
  await tx.dataSubjectRequest.update({ where: { id: requestId }, data: { legalDueAt: newDueAt } });
  await tx.dsrDeadlineChange.create({
    data: {
      requestId,
      previousDueAt,
      newDueAt,
      reason: extension.reason,
      byUserId: staff?.id ?? "seed",
      at,
      controllerToldAt: at,
    },
  });
}

/** A message from a data subject that staff routed to the organisation: FORWARDED, no tasks (A7/A8). */
async function createForwarded(tx: Tx, demo: DemoRequest, organizationId: string, now: Date) {
  const from = demo.forwardedFrom!;
  const receivedAt = new Date(Math.floor((now.getTime() - demo.receivedDaysAgo * DAY) / 60_000) * 60_000);
  const routedAt = new Date(receivedAt.getTime() + 2 * 3_600_000);
  const { policy, dueDays } = await organizationDeadlines(organizationId, tx);
  const reference = await nextDsrReference(
    tx,
    organizationId,
    dayIn(routedAt, policy.timeZone).getUTCFullYear(),
  );
  const id = randomUUID();
  const subject = { email: demo.input.subject.email! };
  await tx.dataSubjectRequest.create({
    data: {
      id,
      organizationId,
      reference,
      type: demo.input.type,
      status: "FORWARDED",
      source: "FORWARDED",
      subjectSealed: sealSubject(id, subject),
      subjectHash: subjectHash(organizationId, subject),
      receivedAt,
      ...initialDeadlines(receivedAt, dueDays, policy),
      instructionReference: demo.key,
      createdAt: routedAt,
    },
  });
  const directId = randomUUID();
  await tx.directRequest.create({
    data: {
      id: directId,
      type: demo.input.type,
      contentSealed: sealDirectContent(directId, {
        name: from.name,
        email: subject.email,
        company: from.company,
        message: from.message,
      }),
      locale: "de",
      status: "ROUTED",
      receivedAt,
      routedRequestId: id,
      handledAt: routedAt,
    },
  });
  await auditForBoth(
    tx,
    { actor: { userId: null, label: "demo seed" }, clock: { now: () => routedAt } },
    organizationId,
    [
      dsrEvent(
        "dsr.request.forwarded",
        { type: "DataSubjectRequest", id },
        { reference, type: demo.input.type, directRequestId: directId },
      ),
    ],
  );
  await seedEvent(tx, organizationId, id, reference, "FORWARDED");
}

async function waitingMessage(now: Date) {
  const id = randomUUID();
  await db.directRequest.create({
    data: {
      id,
      type: "ACCESS",
      contentSealed: sealDirectContent(id, {
        name: "Sofia Marino",
        email: "sofia.marino@example.org",
        company: "Initech insurance app",
        message: "I would like to know which data you store about me.",
      }),
      locale: "en",
      receivedAt: new Date(now.getTime() - 5 * 3_600_000),
    },
  });
}
