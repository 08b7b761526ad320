import "server-only";
// What a request's package is built from: each EXPORT task's system, answer and data (opened from its seal).
import { open } from "../../crypto/secret-box.ts";
import type { Tx } from "../../db/client.ts";
import { exportSealContext } from "../connectors/apply-result.ts";
import { exportData } from "../connectors/protocol.ts";
import type { PackageInput } from "./build-package.ts";

export async function loadPackageInput(
  tx: Tx,
  request: { id: string; reference: string; type: string },
  readyAt: Date,
): Promise<PackageInput> {
  const tasks = await tx.dsrTask.findMany({
    where: { requestId: request.id, action: "EXPORT" },
    orderBy: { dataSystem: { key: "asc" } },
    select: {
      id: true,
      status: true,
      records: true,
      completedAt: true,
      exportSealed: true,
      dataSystem: { select: { key: true, name: true } },
    },
  });
  return {
    reference: request.reference,
    type: request.type.toLowerCase(),
    readyAt,
    systems: tasks.map((task) => ({
      key: task.dataSystem.key,
      name: task.dataSystem.name,
      status: task.status.toLowerCase(),
      records: task.records,
      answeredAt: task.completedAt,
      tables: task.exportSealed
        ? exportData.parse(JSON.parse(open(task.exportSealed, exportSealContext(task.id)))).tables
        : {},
    })),
  };
}
