// Breach-notification deadlines (GDPR.md B1): deadline = awareness + the organisation's window, in
// exact elapsed hours (a 36 h window across a DST change is still 36 real hours). Everything is a
// UTC instant; a time zone only matters for display. Pure: no I/O, the caller passes the clock time.

const HOUR_MS = 3_600_000;
const MINUTE_MS = 60_000;

export function deadlineFrom(awareAt: Date, windowHours: number): Date {
  if (!Number.isInteger(windowHours) || windowHours <= 0)
    throw new RangeError("The notification window must be a positive whole number of hours.");
  return new Date(awareAt.getTime() + windowHours * HOUR_MS);
}

export type TimeLeft = {
  overdue: boolean;
  /** Whole minutes to the deadline (negative once overdue). */
  minutes: number;
  /** "5 h 30 min left" / "2 h 5 min overdue". */
  label: string;
};

/** A duration in whole minutes as days, hours and minutes (for pages that word it in their language). */
export function durationParts(totalMinutes: number): { days: number; hours: number; minutes: number } {
  return {
    days: Math.floor(totalMinutes / (24 * 60)),
    hours: Math.floor((totalMinutes % (24 * 60)) / 60),
    minutes: totalMinutes % 60,
  };
}

function hoursAndMinutes(totalMinutes: number): string {
  const { days, hours, minutes } = durationParts(totalMinutes);
  if (days > 0) return `${days} d ${hours} h`;
  if (hours > 0) return `${hours} h ${minutes} min`;
  return `${minutes} min`;
}

/** Time left to `deadlineAt` at `now`; due exactly at the deadline is not yet overdue. */
export function timeLeft(deadlineAt: Date, now: Date): TimeLeft {
  const ms = deadlineAt.getTime() - now.getTime();
  const overdue = ms < 0;
  // Left: round down (never promise more time than there is). Overdue: round up (never understate).
  const minutes = overdue ? -Math.ceil(-ms / MINUTE_MS) : Math.floor(ms / MINUTE_MS);
  const label = overdue ? `${hoursAndMinutes(-minutes)} overdue` : `${hoursAndMinutes(minutes)} left`;
  return { overdue, minutes, label };
}

/** The earliest of the deadlines still open (none = null). */
export function nextDeadline(deadlines: readonly Date[]): Date | null {
  return deadlines.reduce<Date | null>(
    (earliest, d) => (earliest === null || d < earliest ? d : earliest),
    null,
  );
}

/** Whether `timeZone` is an IANA zone this runtime knows. */
export function isTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-GB", { timeZone });
    return true;
  } catch {
    return false;
  }
}
