// The ledger entry of a DSR erasure (ADR 0034), appended in the transaction that completes the request
// (lib/dsr/connectors/settle.ts): what each system answered to its ERASE and ABSENCE_CHECK tasks, so a
// restore can apply the same answers again through the same path (./replay-dsr-erasure.ts).
import { randomUUID } from "node:crypto";
import type { Tx } from "../db/client.ts";
import type { DsrTaskStatus } from "../generated/prisma/enums.ts";
import type { LedgerTaskResult } from "./entry.ts";
import { appendLedgerEntry } from "./ledger-file.ts";

const RESULT_OF: Partial<Record<DsrTaskStatus, LedgerTaskResult["status"]>> = {
  DONE: "done",
  NOT_FOUND: "not_found",
  BLOCKED: "blocked",
  FAILED: "failed",
};

export async function recordDsrErasure(
  tx: Tx,
  request: { id: string; organizationId: string; reference: string },
  now: Date,
): Promise<void> {
  const tasks = await tx.dsrTask.findMany({
    where: { requestId: request.id, action: { in: ["ERASE", "ABSENCE_CHECK"] } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      dataSystemId: true,
      action: true,
      status: true,
      records: true,
      fields: true,
      ground: true,
      blockedUntil: true,
      absent: true,
    },
  });
  const results: LedgerTaskResult[] = [];
  for (const task of tasks) {
    const status = RESULT_OF[task.status];
    if (!status || (task.action !== "ERASE" && task.action !== "ABSENCE_CHECK")) continue;
    results.push({
      dataSystemId: task.dataSystemId,
      action: task.action,
      status,
      records: task.records,
      fields: task.fields,
      ground: task.ground,
      blockedUntil: task.blockedUntil?.toISOString() ?? null,
      absent: task.absent,
    });
  }
  appendLedgerEntry({
    v: 1,
    id: randomUUID(),
    kind: "dsr-erasure",
    at: now.toISOString(),
    organizationId: request.organizationId,
    requestId: request.id,
    certificateId: request.reference,
    tasks: results,
  });
}
