// A controller may cancel a request until anything has been executed for it: it is OPEN (not yet in
// progress, not closed) and none of its tasks has been attempted. Pure.
import type { DsrStatus, DsrTaskStatus } from "../generated/prisma/enums.ts";

export type TaskState = { status: DsrTaskStatus; attempts: number; lastAttemptAt: Date | null };

export function untouched(task: TaskState): boolean {
  return task.status === "PENDING" && task.attempts === 0 && task.lastAttemptAt === null;
}

export function isCancellable(status: DsrStatus, tasks: readonly TaskState[]): boolean {
  return status === "OPEN" && tasks.every(untouched);
}
