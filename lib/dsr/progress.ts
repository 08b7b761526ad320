// Per-request progress from its tasks (shown in lists and the detail page): how many tasks there are and
// how many are in each state. One grouped query for any number of requests.
import { db, type Tx } from "../db/client.ts";
import type { DsrStatus, DsrTaskStatus } from "../generated/prisma/enums.ts";
import { isOverdue } from "./deadlines.ts";
import { isOpenStatus } from "./statuses.ts";

export type DsrProgress = { total: number } & Record<DsrTaskStatus, number>;

const EMPTY: DsrProgress = {
  total: 0,
  PENDING: 0,
  WAITING: 0,
  DONE: 0,
  NOT_FOUND: 0,
  BLOCKED: 0,
  FAILED: 0,
  CANCELLED: 0,
};

export async function progressOf(requestIds: string[], tx: Tx = db): Promise<Map<string, DsrProgress>> {
  const map = new Map<string, DsrProgress>();
  if (requestIds.length === 0) return map;
  const groups = await tx.dsrTask.groupBy({
    by: ["requestId", "status"],
    where: { requestId: { in: requestIds } },
    _count: { _all: true },
  });
  for (const group of groups) {
    const progress = map.get(group.requestId) ?? { ...EMPTY };
    progress[group.status] += group._count._all;
    progress.total += group._count._all;
    map.set(group.requestId, progress);
  }
  return map;
}

export function progressFor(map: Map<string, DsrProgress>, requestId: string): DsrProgress {
  return map.get(requestId) ?? { ...EMPTY };
}

/** Whether a due date counts as missed: the request is still open and the date has passed. */
export function overdue(status: DsrStatus, dueAt: Date, now: Date): boolean {
  return isOpenStatus(status) && isOverdue(dueAt, now);
}
