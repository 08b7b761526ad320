import "server-only";
// Re-applies a DSR erasure from the ledger to a restored database (ADR 0034), through the path the original
// answers took: each ERASE task still waiting in the restore first asks the holds (the same guard as a
// delivery, lib/legal-holds/erasure-guard.ts: under a hold it ends BLOCKED and the refusal keeps the subject
// for the release), otherwise gets the system's recorded answer (lib/dsr/connectors/apply-result.ts, which
// creates the absence check); then the absence checks get theirs. The request settles as it did, clearing
// the sealed subject. Tasks already final in the restore are left as they are.
import { SYSTEM_ACTOR } from "../audit/record.ts";
import { db } from "../db/client.ts";
import { applyTaskResult } from "../dsr/connectors/apply-result.ts";
import type { TaskResult } from "../dsr/connectors/protocol.ts";
import { refuseErasureUnderHold } from "../legal-holds/erasure-guard.ts";
import type { Clock } from "../time/clock.ts";
import type { DsrErasureEntry, LedgerTaskResult } from "./entry.ts";
import type { ReplayOutcome } from "./replay-outcome.ts";

function taskResultOf(recorded: LedgerTaskResult): TaskResult {
  return {
    status: recorded.status,
    ...(recorded.records === null ? {} : { records: recorded.records }),
    ...(recorded.fields.length ? { fields: recorded.fields } : {}),
    ...(recorded.ground === null ? {} : { ground: recorded.ground }),
    ...(recorded.blockedUntil === null ? {} : { blockedUntil: recorded.blockedUntil }),
    ...(recorded.absent === null ? {} : { absent: recorded.absent }),
    ...(recorded.status === "failed" ? { error: "recorded in the erasure ledger" } : {}),
  };
}

export async function replayDsrErasure(entry: DsrErasureEntry, clock: Clock): Promise<ReplayOutcome> {
  const request = await db.dataSubjectRequest.findUnique({
    where: { id: entry.requestId },
    select: { id: true },
  });
  if (!request) return { outcome: "not_in_backup", tasks: 0 };
  let tasks = 0;
  let held = false;
  for (const action of ["ERASE", "ABSENCE_CHECK"] as const) {
    for (const recorded of entry.tasks.filter((t) => t.action === action)) {
      const task = await db.dsrTask.findFirst({
        where: {
          requestId: request.id,
          dataSystemId: recorded.dataSystemId,
          action,
          status: { in: ["PENDING", "WAITING"] },
        },
        orderBy: { createdAt: "asc" },
        select: { id: true },
      });
      if (!task) continue;
      if (action === "ERASE" && (await refuseErasureUnderHold(task.id, clock))) {
        held = true;
        tasks++;
        continue;
      }
      const applied = await applyTaskResult(task.id, taskResultOf(recorded), {
        via: "erasure_ledger",
        clock,
        actor: SYSTEM_ACTOR,
      });
      if (applied.applied) tasks++;
    }
  }
  const after = await db.dataSubjectRequest.findUniqueOrThrow({
    where: { id: request.id },
    select: { subjectSealed: true },
  });
  if (after.subjectSealed !== null) return { outcome: "incomplete", tasks };
  return { outcome: held ? "held" : tasks ? "applied" : "already_applied", tasks };
}
