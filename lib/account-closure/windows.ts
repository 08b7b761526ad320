// The closure's time line (D4; the seed pages promise: "Upon termination, data is available for export for
// 30 days, after which it is securely deleted within 90 days"). RETURN keeps the organisation read-only for
// the 30-day export window; DELETION (no copy wanted) waits 7 days, in which an owner may still change their
// mind. Either way the deletion is promised within 90 days of the request; a legal hold may keep it longer.
import type { AccountClosureChoice } from "../generated/prisma/enums.ts";

const DAY_MS = 86_400_000;

export const EXPORT_WINDOW_DAYS: Readonly<Record<AccountClosureChoice, number>> = {
  RETURN: 30,
  DELETION: 7,
};
export const DELETE_WITHIN_DAYS = 90;

export function closureDates(choice: AccountClosureChoice, requestedAt: Date) {
  return {
    deleteAfter: new Date(requestedAt.getTime() + EXPORT_WINDOW_DAYS[choice] * DAY_MS),
    deleteBy: new Date(requestedAt.getTime() + DELETE_WITHIN_DAYS * DAY_MS),
  };
}
