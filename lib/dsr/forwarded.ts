import "server-only";
// The controller decides about a request that reached the provider from a data subject (A7/A8,
// org.dsr.manage). Instructing it records the controller's instruction: its own date of receipt (both due
// dates are counted anew from it, kept as history: DsrDeadlineChange kind INSTRUCTED, A16), its identity
// attestation, the identifiers as it knows them, and the request becomes OPEN with its tasks. Or it closes
// the request as not instructed: nothing ever runs, the identifiers are cleared. Both audited in both
// chains; a request no longer FORWARDED is a conflict and nothing changes.
import { authorizeOrgBySlug } from "../auth/authorization/authorize.ts";
import type { Context } from "../context/context.ts";
import { db, type Tx } from "../db/client.ts";
import { AppError } from "../errors.ts";
import { queueDsrStatusChange } from "../webhooks/dsr-events.ts";
import { auditContextOf, auditForBoth, dsrEvent } from "./audit.ts";
import { initialDeadlines } from "./deadlines.ts";
import { openDuplicate } from "./insert-request.ts";
import { DSR_MESSAGES } from "./messages.ts";
import { organizationDeadlines } from "./policy.ts";
import { assertReceivedNotInFuture } from "./received.ts";
import { detailsOf, type DsrRequestInput } from "./request-input.ts";
import { closingFields, lockRequest } from "./request-lock.ts";
import { sealDetails, sealSubject, subjectHash } from "./subject.ts";
import { createTasks } from "./tasks.ts";

async function forwardedRequest(tx: Tx, organizationId: string, id: string) {
  await lockRequest(tx, id);
  const request = await tx.dataSubjectRequest.findFirst({
    where: { id, organizationId },
    select: { id: true, organizationId: true, reference: true, type: true, status: true, legalDueAt: true },
  });
  if (!request) throw new AppError("not_found");
  if (request.status !== "FORWARDED") throw new AppError("conflict", DSR_MESSAGES.notForwarded);
  return request;
}

export type InstructResult = {
  reference: string;
  legalDueAt: Date;
  processorDueAt: Date;
  tasks: number;
  duplicateOf?: { id: string; reference: string };
};

export async function instructForwarded(
  ctx: Context,
  slug: string,
  input: DsrRequestInput & { id: string },
): Promise<InstructResult> {
  const org = await authorizeOrgBySlug(ctx, slug, "org.dsr.manage");
  assertReceivedNotInFuture(input.receivedAt, ctx.clock);
  const now = ctx.clock.now();
  return db.$transaction(async (tx) => {
    const request = await forwardedRequest(tx, org.organizationId, input.id);
    if (request.type !== input.type) throw new AppError("conflict", DSR_MESSAGES.notForwarded);
    const { policy, dueDays } = await organizationDeadlines(org.organizationId, tx);
    const deadlines = initialDeadlines(input.receivedAt, dueDays, policy);
    const duplicateOf = await openDuplicate(tx, org.organizationId, input, request.id);
    await tx.dataSubjectRequest.update({
      where: { id: request.id },
      data: {
        status: "OPEN",
        subjectSealed: sealSubject(request.id, input.subject),
        subjectHash: subjectHash(org.organizationId, input.subject),
        detailsSealed: sealDetails(request.id, detailsOf(input)),
        receivedAt: input.receivedAt,
        ...deadlines,
        instructionReference: input.instructionReference,
        note: input.note,
        identityAttestedAt: now,
        identityAttestedById: org.actor.userId,
        instructedAt: now,
        filedById: org.actor.userId,
      },
    });
    await queueDsrStatusChange(tx, { ...request, status: "OPEN" }, request.status, ctx.clock);
    await tx.dsrDeadlineChange.create({
      data: {
        requestId: request.id,
        kind: "INSTRUCTED",
        previousDueAt: request.legalDueAt,
        newDueAt: deadlines.legalDueAt,
        reason: "",
        byUserId: org.actor.userId,
        at: now,
        controllerToldAt: now,
      },
    });
    const tasks = await createTasks(tx, {
      id: request.id,
      organizationId: org.organizationId,
      type: request.type,
    });
    await auditForBoth(tx, auditContextOf(org), org.organizationId, [
      dsrEvent(
        "dsr.request.instructed",
        { type: "DataSubjectRequest", id: request.id },
        {
          reference: request.reference,
          receivedAt: input.receivedAt.toISOString(),
          legalDueAt: deadlines.legalDueAt.toISOString(),
          processorDueAt: deadlines.processorDueAt.toISOString(),
          tasks,
        },
      ),
    ]);
    return { reference: request.reference, ...deadlines, tasks, ...(duplicateOf ? { duplicateOf } : {}) };
  });
}

export async function closeNotInstructed(
  ctx: Context,
  slug: string,
  id: string,
): Promise<{ reference: string }> {
  const org = await authorizeOrgBySlug(ctx, slug, "org.dsr.manage");
  return db.$transaction(async (tx) => {
    const request = await forwardedRequest(tx, org.organizationId, id);
    await tx.dataSubjectRequest.update({
      where: { id: request.id },
      data: { status: "CANCELLED", ...closingFields(ctx.clock.now()) },
    });
    await queueDsrStatusChange(tx, { ...request, status: "CANCELLED" }, request.status, ctx.clock);
    await auditForBoth(tx, auditContextOf(org), org.organizationId, [
      dsrEvent(
        "dsr.request.not_instructed",
        { type: "DataSubjectRequest", id: request.id },
        { reference: request.reference },
      ),
    ]);
    return { reference: request.reference };
  });
}
