import "server-only";
// The DSR erasure path's question to the holds (GDPR.md G2), asked by the delivery of each task just before
// it would be sent (lib/dsr/connectors/deliver.ts): an ERASE task for a subject (or organisation) under a
// hold is not sent; it ends BLOCKED with the hold as its ground, and the refusal is recorded with the
// request's sealed subject, so the release can run the erasure later (./resume-erasures.ts).
import { SYSTEM_ACTOR } from "../audit/record.ts";
import { db } from "../db/client.ts";
import { applyTaskResult } from "../dsr/connectors/apply-result.ts";
import type { Clock } from "../time/clock.ts";
import { holdsBlocking } from "./blocking.ts";
import { holdGround } from "./messages.ts";
import { recordHoldRefusal } from "./refusal.ts";

/** True when a hold kept the task from running (it is now BLOCKED); false: deliver it. */
export async function refuseErasureUnderHold(taskId: string, clock: Clock): Promise<boolean> {
  const task = await db.dsrTask.findUnique({
    where: { id: taskId },
    select: {
      action: true,
      status: true,
      request: { select: { organizationId: true, subjectHash: true, subjectSealed: true } },
    },
  });
  // Only a task not yet accepted by the system: a WAITING one was delivered before the hold (its result stands).
  if (!task || task.action !== "ERASE" || task.status !== "PENDING") return false;
  const { organizationId, subjectHash, subjectSealed } = task.request;
  const [hold] = await holdsBlocking(db, { organizationId, subjectHash });
  if (!hold) return false;
  await db.$transaction((tx) =>
    recordHoldRefusal(
      tx,
      hold,
      {
        path: "DSR_ERASURE",
        targetType: "DsrTask",
        targetId: taskId,
        organizationId,
        records: 1,
        subjectSealed,
      },
      clock,
    ),
  );
  await applyTaskResult(
    taskId,
    { status: "blocked", ground: holdGround(hold.reference) },
    { via: "legal_hold", clock, actor: SYSTEM_ACTOR },
  );
  return true;
}
