import "server-only";
// Running the DSR erasures a hold deferred (GDPR.md G4; ADR 0021). A held ERASE task ended BLOCKED with
// the hold as its ground, and its request may have closed (clearing its sealed subject). On release each
// such task is replaced by a new ERASE task for the same system (a new id and idempotency key, so the
// dispatcher delivers it as any new task; the BLOCKED outcome stays in the audit log and the refusal row),
// and a closed request is reopened (IN_PROGRESS) with the subject the refusal kept. A request cancelled or
// declined since is left alone. Another hold still applying refuses the new task in its turn.
import { randomUUID } from "node:crypto";
import { recordAudit, type AuditActor } from "../audit/record.ts";
import type { Tx } from "../db/client.ts";
import type { Clock } from "../time/clock.ts";

export async function resumeErasures(
  tx: Tx,
  holdId: string,
  clock: Clock,
  actor: AuditActor,
): Promise<number> {
  const refusals = await tx.holdRefusal.findMany({
    where: { holdId, path: "DSR_ERASURE", targetType: "DsrTask", resumedAt: null },
    select: { id: true, targetId: true, subjectSealed: true },
  });
  let resumed = 0;
  for (const refusal of refusals) {
    await tx.holdRefusal.update({
      where: { id: refusal.id },
      data: { resumedAt: clock.now(), subjectSealed: null },
    });
    const task = await tx.dsrTask.findUnique({
      where: { id: refusal.targetId },
      select: {
        id: true,
        status: true,
        action: true,
        dataSystemId: true,
        request: {
          select: { id: true, status: true, subjectSealed: true, organizationId: true, reference: true },
        },
      },
    });
    if (!task || task.status !== "BLOCKED" || task.action !== "ERASE") continue;
    const request = task.request;
    if (!["OPEN", "IN_PROGRESS", "COMPLETED"].includes(request.status)) continue;
    const subjectSealed = request.subjectSealed ?? refusal.subjectSealed;
    if (!subjectSealed) continue;
    await tx.dsrTask.delete({ where: { id: task.id } });
    await tx.dsrTask.create({
      data: {
        requestId: request.id,
        dataSystemId: task.dataSystemId,
        action: "ERASE",
        idempotencyKey: randomUUID(),
      },
    });
    const reopened = request.status === "COMPLETED";
    await tx.dataSubjectRequest.update({
      where: { id: request.id },
      data: { subjectSealed, ...(reopened ? { status: "IN_PROGRESS", closedAt: null } : {}) },
    });
    if (reopened) {
      const tasks = await tx.dsrTask.count({ where: { requestId: request.id } });
      await recordAudit(
        {
          organizationId: request.organizationId,
          actor,
          action: "dsr.request.settled",
          target: { type: "DataSubjectRequest", id: request.id },
          metadata: { reference: request.reference, from: "COMPLETED", to: "IN_PROGRESS", tasks },
        },
        { tx, clock },
      );
    }
    resumed++;
  }
  return resumed;
}
