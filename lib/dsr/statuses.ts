// Which request statuses are still open (work may happen, deadlines run) and which are closed.
import type { DsrStatus } from "../generated/prisma/enums.ts";

export const OPEN_STATUSES = ["FORWARDED", "OPEN", "IN_PROGRESS"] as const satisfies readonly DsrStatus[];
export const INSTRUCTED_OPEN_STATUSES = ["OPEN", "IN_PROGRESS"] as const satisfies readonly DsrStatus[];
export const CLOSED_STATUSES = ["COMPLETED", "DECLINED", "CANCELLED"] as const satisfies readonly DsrStatus[];

export function isOpenStatus(status: DsrStatus): boolean {
  return (OPEN_STATUSES as readonly DsrStatus[]).includes(status);
}
