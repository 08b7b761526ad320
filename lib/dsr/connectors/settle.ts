import "server-only";
// A request's status follows its tasks: IN_PROGRESS while any runs, COMPLETED once every task is final
// (DONE, NOT_FOUND, BLOCKED, FAILED, CANCELLED). Called in the transaction that changed a task; the request
// row is locked first, so two tasks finishing at once cannot both see the other one still running. When
// every EXPORT task is final the result package is prepared (lib/dsr/results). Closing a request clears the
// sealed subject and details (the keyed subject hash stays, so a repeat remains detectable); a completed
// erasure request is written to the erasure ledger first (ADR 0034).
import type { AuditActor } from "../../audit/record.ts";
import { recordDsrErasure } from "../../erasure-ledger/record-dsr-erasure.ts";
import type { Tx } from "../../db/client.ts";
import type { DsrStatus, DsrTaskAction, DsrTaskStatus, DsrType } from "../../generated/prisma/enums.ts";
import type { Clock } from "../../time/clock.ts";
import { queueDsrStatusChange } from "../../webhooks/dsr-events.ts";
import { preparePackage } from "../results/prepare-package.ts";
import { pendingAudit, type PendingAudit } from "./task-audit.ts";

export const FINAL_TASK_STATUSES: readonly DsrTaskStatus[] = [
  "DONE",
  "NOT_FOUND",
  "BLOCKED",
  "FAILED",
  "CANCELLED",
];
export const RUNNING_REQUEST_STATUSES: readonly DsrStatus[] = ["OPEN", "IN_PROGRESS"];

export function isFinalTask(status: DsrTaskStatus): boolean {
  return FINAL_TASK_STATUSES.includes(status);
}

export type Settlement = { from: DsrStatus; to: DsrStatus; packagePrepared: boolean };

/** Locks the request and moves its status to what its tasks say; its events go to `audits`. */
export async function settleRequest(
  tx: Tx,
  requestId: string,
  clock: Clock,
  actor: AuditActor,
  audits: PendingAudit[],
): Promise<Settlement | null> {
  // Two plain statements (this runs once per task result): the locked row, then its tasks as they are now.
  const [request] = await tx.$queryRaw<
    { id: string; organizationId: string; reference: string; type: DsrType; status: DsrStatus }[]
  >`SELECT id, "organizationId", reference, type::text AS type, status::text AS status
    FROM "DataSubjectRequest" WHERE id = ${requestId} FOR UPDATE`;
  if (!request || !RUNNING_REQUEST_STATUSES.includes(request.status)) return null;
  const tasks = await tx.$queryRaw<{ action: DsrTaskAction; status: DsrTaskStatus; attempts: number }[]>`
    SELECT action::text AS action, status::text AS status, attempts FROM "DsrTask" WHERE "requestId" = ${requestId}`;
  const allFinal = tasks.length > 0 && tasks.every((t) => isFinalTask(t.status));
  const started = tasks.some((t) => t.status !== "PENDING" || t.attempts > 0);
  const to: DsrStatus = allFinal ? "COMPLETED" : started ? "IN_PROGRESS" : request.status;
  const exports = tasks.filter((t) => t.action === "EXPORT");
  const packagePrepared =
    exports.length > 0 && exports.every((t) => isFinalTask(t.status))
      ? await preparePackage(tx, request, clock, actor, audits)
      : false;
  if (to === request.status) return { from: request.status, to, packagePrepared };
  const now = clock.now();
  await tx.dataSubjectRequest.update({
    where: { id: requestId },
    data:
      to === "COMPLETED"
        ? { status: to, closedAt: now, subjectSealed: null, detailsSealed: null }
        : { status: to },
  });
  // An erasure is done here as far as Article28's own database goes: on the ledger before it commits (ADR 0034).
  if (to === "COMPLETED" && request.type === "ERASURE") await recordDsrErasure(tx, request, now);
  await queueDsrStatusChange(tx, { ...request, status: to }, request.status, clock);
  audits.push(
    pendingAudit({
      organizationId: request.organizationId,
      actor,
      action: "dsr.request.settled",
      target: { type: "DataSubjectRequest", id: requestId },
      metadata: { reference: request.reference, from: request.status, to, tasks: tasks.length },
    }),
  );
  return { from: request.status, to, packagePrepared };
}
