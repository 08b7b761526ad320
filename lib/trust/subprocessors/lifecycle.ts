// Where a subprocessor stands on a given day: it processes data from `activeFrom` (inclusive) until
// `activeUntil` (exclusive). An announced addition is "upcoming" until its date; an announced removal
// or replacement keeps it "current" until the date, then "past".
export type SubprocessorStatus = "current" | "upcoming" | "past";

export type ActivePeriod = { activeFrom: Date; activeUntil: Date | null };

export function subprocessorStatus(period: ActivePeriod, today: Date): SubprocessorStatus {
  if (period.activeUntil && period.activeUntil.getTime() <= today.getTime()) return "past";
  if (period.activeFrom.getTime() > today.getTime()) return "upcoming";
  return "current";
}

/** Whether an announced removal or replacement may still name it: current or upcoming, with no end set yet. */
export function canBeStopped(period: ActivePeriod, today: Date): boolean {
  return period.activeUntil === null && subprocessorStatus(period, today) !== "past";
}
