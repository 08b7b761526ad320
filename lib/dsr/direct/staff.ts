import "server-only";
// Staff handle messages from data subjects (dsr.view reads, dsr.manage acts): route one to the
// organisation it concerns — it becomes a request in status FORWARDED there (source FORWARDED), counted
// provisionally from the day we received it, with no tasks: nothing runs until the controller instructs
// (A7/A8); the controller is emailed and the forwarding is audited in both chains — or close it as not
// concerning a customer (provider's chain).
import type { Context } from "../../context/context.ts";
import { db, type Tx } from "../../db/client.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import { AppError } from "../../errors.ts";
import type { DirectRequestStatus, DsrType } from "../../generated/prisma/enums.ts";
import { requestEmailDelivery } from "../../jobs/email-jobs.ts";
import { auditForBoth, auditForProvider, dsrEvent } from "../audit.ts";
import { dayIn, initialDeadlines } from "../deadlines.ts";
import { DSR_MESSAGES } from "../messages.ts";
import { organizationDeadlines } from "../policy.ts";
import { nextDsrReference } from "../reference.ts";
import { sealSubject, subjectHash } from "../subject.ts";
import { authorizeDsrStaff } from "../staff/authorize.ts";
import { noticeController } from "../staff/controller-notice.ts";
import { openDirectContent, type DirectContent } from "./content.ts";
import { randomUUID } from "node:crypto";

export type DirectRequestView = DirectContent & {
  id: string;
  /** When what the sender wrote was removed (lib/dsr/direct/purge.ts); the content fields are empty then. */
  contentPurgedAt: Date | null;
  type: DsrType;
  locale: string;
  status: DirectRequestStatus;
  receivedAt: Date;
  closedReason: string | null;
  handledAt: Date | null;
  routedTo: { requestId: string; reference: string; organization: string } | null;
};

const SELECT = {
  id: true,
  type: true,
  locale: true,
  status: true,
  receivedAt: true,
  contentSealed: true,
  contentPurgedAt: true,
  closedReason: true,
  handledAt: true,
  routedRequest: { select: { id: true, reference: true, organization: { select: { name: true } } } },
} as const;

type Row = Prisma.DirectRequestGetPayload<{ select: typeof SELECT }>;

const PURGED: DirectContent = { name: "", email: "", company: "", message: "" };

function view(row: Row): DirectRequestView {
  return {
    ...(row.contentSealed ? openDirectContent(row.id, row.contentSealed) : PURGED),
    contentPurgedAt: row.contentPurgedAt,
    id: row.id,
    type: row.type,
    locale: row.locale,
    status: row.status,
    receivedAt: row.receivedAt,
    closedReason: row.closedReason,
    handledAt: row.handledAt,
    routedTo: row.routedRequest
      ? {
          requestId: row.routedRequest.id,
          reference: row.routedRequest.reference,
          organization: row.routedRequest.organization.name,
        }
      : null,
  };
}

/** Waiting messages (oldest first), then the latest handled ones. */
export async function listDirectRequests(
  ctx: Context,
): Promise<{ waiting: DirectRequestView[]; handled: DirectRequestView[] }> {
  await authorizeDsrStaff(ctx, "dsr.view");
  const [waiting, handled] = await Promise.all([
    db.directRequest.findMany({
      where: { status: "RECEIVED" },
      orderBy: { receivedAt: "asc" },
      take: 200,
      select: SELECT,
    }),
    db.directRequest.findMany({
      where: { status: { not: "RECEIVED" } },
      orderBy: { handledAt: "desc" },
      take: 50,
      select: SELECT,
    }),
  ]);
  return { waiting: waiting.map(view), handled: handled.map(view) };
}

async function lockedDirect(id: string, tx: Tx) {
  await tx.$queryRaw`SELECT id FROM "DirectRequest" WHERE id = ${id} FOR UPDATE`;
  const row = await tx.directRequest.findUnique({ where: { id }, select: SELECT });
  if (!row) throw new AppError("not_found");
  if (row.status !== "RECEIVED") throw new AppError("conflict", DSR_MESSAGES.directRequestClosed);
  return row;
}

export async function routeDirectRequest(
  ctx: Context,
  input: { id: string; organizationId: string },
): Promise<{ requestId: string; reference: string }> {
  const { staff, audit } = await authorizeDsrStaff(ctx, "dsr.manage");
  const now = ctx.clock.now();
  const result = await db.$transaction(async (tx) => {
    const direct = await lockedDirect(input.id, tx);
    const organization = await tx.organization.findUnique({
      where: { id: input.organizationId },
      select: { id: true },
    });
    if (!organization) throw new AppError("invalid", DSR_MESSAGES.unknownOrganization);
    // A message waiting for staff is never purged; a cleared one cannot be routed.
    if (!direct.contentSealed) throw new AppError("conflict", DSR_MESSAGES.directRequestClosed);
    const content = openDirectContent(direct.id, direct.contentSealed);
    const { policy, dueDays } = await organizationDeadlines(organization.id, tx);
    const reference = await nextDsrReference(
      tx,
      organization.id,
      dayIn(now, policy.timeZone).getUTCFullYear(),
    );
    const id = randomUUID();
    const subject = { email: content.email };
    await tx.dataSubjectRequest.create({
      data: {
        id,
        organizationId: organization.id,
        reference,
        type: direct.type,
        status: "FORWARDED",
        source: "FORWARDED",
        subjectSealed: sealSubject(id, subject),
        subjectHash: subjectHash(organization.id, subject),
        receivedAt: direct.receivedAt,
        ...initialDeadlines(direct.receivedAt, dueDays, policy),
        createdAt: now,
      },
    });
    await tx.directRequest.update({
      where: { id: direct.id },
      data: { status: "ROUTED", routedRequestId: id, handledById: staff.actor.userId, handledAt: now },
    });
    await noticeController(tx, { id, organizationId: organization.id, reference }, { kind: "forwarded" });
    await auditForBoth(tx, audit, organization.id, [
      dsrEvent(
        "dsr.request.forwarded",
        { type: "DataSubjectRequest", id },
        { reference, type: direct.type, directRequestId: direct.id },
      ),
    ]);
    return { requestId: id, reference };
  });
  await requestEmailDelivery();
  return result;
}

export async function closeDirectRequest(
  ctx: Context,
  input: { id: string; reason: string },
): Promise<{ closed: true }> {
  const { staff, audit } = await authorizeDsrStaff(ctx, "dsr.manage");
  const now = ctx.clock.now();
  await db.$transaction(async (tx) => {
    const direct = await lockedDirect(input.id, tx);
    await tx.directRequest.update({
      where: { id: direct.id },
      data: { status: "CLOSED", closedReason: input.reason, handledById: staff.actor.userId, handledAt: now },
    });
    await auditForProvider(tx, audit, [
      dsrEvent(
        "dsr.direct_request.closed",
        { type: "DirectRequest", id: direct.id },
        { reason: input.reason },
      ),
    ]);
  });
  return { closed: true };
}

/** How many messages wait for routing (the queue's link). */
export async function countWaitingDirectRequests(ctx: Context): Promise<number> {
  await authorizeDsrStaff(ctx, "dsr.view");
  return db.directRequest.count({ where: { status: "RECEIVED" } });
}

/** Every customer organisation, to route a message to. */
export async function routingTargets(ctx: Context): Promise<{ id: string; name: string }[]> {
  await authorizeDsrStaff(ctx, "dsr.view");
  return db.organization.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } });
}
