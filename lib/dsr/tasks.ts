// The tasks an instructed request becomes (A7: only once the controller instructed it): one per connected
// system that holds the organisation's data (OrganizationSystem) and per action its type needs, PENDING,
// each with a fresh random idempotency key that every delivery repeats. The connector part
// (lib/dsr/connectors) takes them from there; an erasure's absence check is added by it after the erasure.
import { randomUUID } from "node:crypto";
import type { Tx } from "../db/client.ts";
import type { DsrTaskAction, DsrType } from "../generated/prisma/enums.ts";

export const TASK_ACTIONS: Record<DsrType, readonly DsrTaskAction[]> = {
  ACCESS: ["EXPORT"],
  PORTABILITY: ["EXPORT"],
  ERASURE: ["ERASE"],
  RECTIFICATION: ["RECTIFY"],
  RESTRICTION: ["RESTRICT"],
  OBJECTION: ["OBJECT"],
};

/** Creates the request's tasks; returns how many. */
export async function createTasks(
  tx: Tx,
  request: { id: string; organizationId: string; type: DsrType },
): Promise<number> {
  const systems = await tx.organizationSystem.findMany({
    where: { organizationId: request.organizationId },
    select: { dataSystemId: true },
    orderBy: { dataSystemId: "asc" },
  });
  const data = systems.flatMap(({ dataSystemId }) =>
    TASK_ACTIONS[request.type].map((action) => ({
      requestId: request.id,
      dataSystemId,
      action,
      idempotencyKey: randomUUID(),
    })),
  );
  if (data.length > 0) await tx.dsrTask.createMany({ data });
  return data.length;
}
