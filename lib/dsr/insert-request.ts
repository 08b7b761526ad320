// Stores one instructed request inside the caller's transaction: deadlines counted from the controller's
// receipt in the organisation's zone (./deadlines.ts), the next reference, the identifiers sealed and
// hashed (./subject.ts), the tasks (./tasks.ts), and the event in the organisation's and provider's chains.
// A request for the same subject and type that is still open is reported (`duplicateOf`), not refused: the
// controller may have reasons, and it sees the fact. Used by fileRequest (one request), the CSV import (many
// in one transaction) and the controller API (dsr-api, with its own authorised filer).
import { randomUUID } from "node:crypto";
import type { Tx } from "../db/client.ts";
import type { DsrSource } from "../generated/prisma/enums.ts";
import { auditForBoth, dsrEvent, type DsrAuditContext } from "./audit.ts";
import { dayIn, initialDeadlines } from "./deadlines.ts";
import { organizationDeadlines } from "./policy.ts";
import { nextDsrReference } from "./reference.ts";
import { detailsOf, type DsrRequestInput } from "./request-input.ts";
import { OPEN_STATUSES } from "./statuses.ts";
import { sealDetails, sealSubject, subjectHash, subjectHashes } from "./subject.ts";
import { createTasks } from "./tasks.ts";
import { queueDsrStatusChange } from "../webhooks/dsr-events.ts";

/** Who files: the organisation (already authorised), the user if one (null for an API key), the audit context. */
export type Filer = DsrAuditContext & { organizationId: string; userId: string | null };

export type FiledRequest = {
  id: string;
  reference: string;
  legalDueAt: Date;
  processorDueAt: Date;
  /** An open request of the same subject and type, if there is one (a fact, not a refusal). */
  duplicateOf?: { id: string; reference: string };
};

export type InstructedSource = Exclude<DsrSource, "FORWARDED">;

/** An open request of the same organisation, subject (keyed hash, under any key) and type. */
export async function openDuplicate(
  tx: Tx,
  organizationId: string,
  request: Pick<DsrRequestInput, "type" | "subject">,
  exceptId?: string,
): Promise<{ id: string; reference: string } | undefined> {
  const found = await tx.dataSubjectRequest.findFirst({
    where: {
      organizationId,
      type: request.type,
      subjectHash: { in: subjectHashes(organizationId, request.subject) },
      status: { in: [...OPEN_STATUSES] },
      ...(exceptId ? { id: { not: exceptId } } : {}),
    },
    orderBy: { createdAt: "asc" },
    select: { id: true, reference: true },
  });
  return found ?? undefined;
}

export async function insertInstructedRequest(
  tx: Tx,
  filer: Filer,
  input: DsrRequestInput,
  source: InstructedSource,
): Promise<FiledRequest> {
  const now = filer.clock.now();
  const { policy, dueDays } = await organizationDeadlines(filer.organizationId, tx);
  const deadlines = initialDeadlines(input.receivedAt, dueDays, policy);
  const reference = await nextDsrReference(
    tx,
    filer.organizationId,
    dayIn(now, policy.timeZone).getUTCFullYear(),
  );
  const duplicateOf = await openDuplicate(tx, filer.organizationId, input);
  const id = randomUUID();
  await tx.dataSubjectRequest.create({
    data: {
      id,
      organizationId: filer.organizationId,
      reference,
      type: input.type,
      status: "OPEN",
      source,
      subjectSealed: sealSubject(id, input.subject),
      subjectHash: subjectHash(filer.organizationId, input.subject),
      detailsSealed: sealDetails(id, detailsOf(input)),
      receivedAt: input.receivedAt,
      ...deadlines,
      instructionReference: input.instructionReference,
      note: input.note,
      identityAttestedAt: now,
      identityAttestedById: filer.userId,
      instructedAt: now,
      filedById: filer.userId,
      createdAt: now,
    },
  });
  const tasks = await createTasks(tx, { id, organizationId: filer.organizationId, type: input.type });
  await auditForBoth(tx, filer, filer.organizationId, [
    dsrEvent(
      "dsr.request.filed",
      { type: "DataSubjectRequest", id },
      {
        reference,
        type: input.type,
        source,
        receivedAt: input.receivedAt.toISOString(),
        legalDueAt: deadlines.legalDueAt.toISOString(),
        processorDueAt: deadlines.processorDueAt.toISOString(),
        tasks,
        duplicateOf: duplicateOf?.reference ?? null,
      },
    ),
  ]);
  // Customers' webhook endpoints hear of the new request (dsr-api: lib/webhooks).
  await queueDsrStatusChange(
    tx,
    { id, organizationId: filer.organizationId, reference, type: input.type, status: "OPEN" },
    null,
    filer.clock,
  );
  return { id, reference, ...deadlines, ...(duplicateOf ? { duplicateOf } : {}) };
}
