// Deadlines of a data-subject request (GDPR.md A1-A3, ADR 0017). Pure: the caller passes every instant
// and the organisation's policy; nothing here reads a clock.
//
// The decision (A1): the deadline is a calendar day, counted in the organisation's time zone
// (Organization.defaultTimeZone), because that is where the controller received the request and where
// its authority counts. The day the request was received in that zone, plus one calendar month: the same
// day number, or the last day of that month when it has no such day (2026-01-31 -> 2026-02-28). With
// the weekend option (Organization.dsrDueOnWorkingDay) a Saturday or Sunday moves to the next Monday.
// The request is due at the END of that day in that zone: the stored instant (UTC) is the last
// millisecond before the next day begins there, so "5 April 2026, 23:59 CEST" reads as the whole day.
//
// A2: an extension by one or two further months is counted from the receipt again (receipt + 2 or + 3
// months, never from an already clamped due date), once, only while the current legal due date has not
// passed, with a reason; never beyond receipt + 3 months (that cap moves with the same weekend rule).
// A3: the processor's own due date is receipt + Organization.dsrDueDays calendar days (end of day in the
// same zone), always at least one day before the legal due date; an extension does not move it, and the
// processor's own lateness is never a ground for an extension.
import { utcToWallTime, wallTimeToUtc } from "../incidents/register/wall-time.ts";

const DAY_MS = 86_400_000;

/** How an organisation counts its deadlines. */
export type DeadlinePolicy = {
  /** IANA zone (Organization.defaultTimeZone). */
  timeZone: string;
  /** A1 weekend option (Organization.dsrDueOnWorkingDay). */
  dueOnWorkingDay: boolean;
};

/** A calendar day as UTC midnight (the convention of lib/time/calendar-date.ts). */
export type CalendarDay = Date;

/** The calendar day `instant` falls on in `timeZone`: the date of its wall time there. */
export function dayIn(instant: Date, timeZone: string): CalendarDay {
  return new Date(`${utcToWallTime(instant, timeZone).slice(0, 10)}T00:00:00Z`);
}

const isoDay = (day: CalendarDay) => day.toISOString().slice(0, 10);

/** The first instant of `day` in `timeZone` (a midnight skipped by DST: the first instant after it). */
export function startOfDay(day: CalendarDay, timeZone: string): Date {
  return wallTimeToUtc(`${isoDay(day)}T00:00`, timeZone)!;
}

/** The last millisecond of `day` in `timeZone`: when a deadline on that day is due. */
export function endOfDay(day: CalendarDay, timeZone: string): Date {
  return new Date(startOfDay(new Date(day.getTime() + DAY_MS), timeZone).getTime() - 1);
}

/** `day` plus whole calendar months: the same day number, or the last day of the month without it. */
export function addCalendarMonths(day: CalendarDay, months: number): CalendarDay {
  const year = day.getUTCFullYear();
  const month = day.getUTCMonth() + months;
  const lastOfTarget = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(day.getUTCDate(), lastOfTarget)));
}

export function addCalendarDays(day: CalendarDay, days: number): CalendarDay {
  return new Date(day.getTime() + days * DAY_MS);
}

/** Saturday and Sunday move to the next Monday; other days stay. */
export function nextWorkingDay(day: CalendarDay): CalendarDay {
  const weekday = day.getUTCDay();
  return weekday === 6 ? addCalendarDays(day, 2) : weekday === 0 ? addCalendarDays(day, 1) : day;
}

/** The day a legal deadline of receipt + `months` falls on, under the policy's weekend rule. */
function legalDay(receivedAt: Date, policy: DeadlinePolicy, months: number): CalendarDay {
  const day = addCalendarMonths(dayIn(receivedAt, policy.timeZone), months);
  return policy.dueOnWorkingDay ? nextWorkingDay(day) : day;
}

/** A1: the legal due date of a request received at `receivedAt`. */
export function legalDueAt(receivedAt: Date, policy: DeadlinePolicy): Date {
  return endOfDay(legalDay(receivedAt, policy, 1), policy.timeZone);
}

/** A2: the due date after an extension by `months` further months (1 or 2). */
export function extendedDueAt(receivedAt: Date, policy: DeadlinePolicy, months: 1 | 2): Date {
  return endOfDay(legalDay(receivedAt, policy, 1 + months), policy.timeZone);
}

/** A2: the latest a legal due date may ever be: receipt + 3 months. */
export function latestDueAt(receivedAt: Date, policy: DeadlinePolicy): Date {
  return extendedDueAt(receivedAt, policy, 2);
}

/** A3: the processor's due date: receipt + `dueDays` days, at least one day before the legal due date. */
export function processorDueAt(receivedAt: Date, dueDays: number, policy: DeadlinePolicy): Date {
  if (!Number.isInteger(dueDays) || dueDays < 1)
    throw new RangeError("The processor's due days must be a positive whole number.");
  const contractual = addCalendarDays(dayIn(receivedAt, policy.timeZone), dueDays);
  const dayBeforeLegal = addCalendarDays(legalDay(receivedAt, policy, 1), -1);
  const day = contractual < dayBeforeLegal ? contractual : dayBeforeLegal;
  return endOfDay(day, policy.timeZone);
}

/** The request's deadlines when it is instructed. */
export function initialDeadlines(
  receivedAt: Date,
  dueDays: number,
  policy: DeadlinePolicy,
): { legalDueAt: Date; processorDueAt: Date } {
  return {
    legalDueAt: legalDueAt(receivedAt, policy),
    processorDueAt: processorDueAt(receivedAt, dueDays, policy),
  };
}

/** Whether a deadline has passed at `now` (due at the deadline itself is not yet overdue). */
export function isOverdue(dueAt: Date, now: Date): boolean {
  return now.getTime() > dueAt.getTime();
}

/** The grounds Art. 12(3) allows for an extension, and the one A3 names to refuse it. */
export const EXTENSION_GROUNDS = ["complexity", "number_of_requests", "processor_delay"] as const;
export type ExtensionGround = (typeof EXTENSION_GROUNDS)[number];

export type ExtensionRequest = {
  receivedAt: Date;
  /** The current legal due date (stored on the request). */
  currentDueAt: Date;
  processorDueAt: Date;
  /** Whether the request was extended before (A2: once). */
  extendedBefore: boolean;
  /** The day asked for, in the organisation's zone. */
  newDueDay: CalendarDay;
  ground: ExtensionGround;
  reason: string;
  /**
   * Required once the processor's due date has passed: the person extending confirms the extension is not
   * needed because of the processor's own delay (A3).
   */
  notProcessorDelay: boolean;
  now: Date;
  policy: DeadlinePolicy;
};

export type ExtensionProblem =
  | "already-extended"
  | "after-due-date"
  | "reason-missing"
  | "processor-lateness"
  | "processor-overdue-unconfirmed"
  | "not-later"
  | "beyond-three-months";

export type ExtensionCheck = { ok: true; newDueAt: Date } | { ok: false; problem: ExtensionProblem };

/** A2, A3: whether an extension may be recorded, and the new legal due date. */
export function checkExtension(request: ExtensionRequest): ExtensionCheck {
  const { policy } = request;
  if (request.extendedBefore) return { ok: false, problem: "already-extended" };
  if (isOverdue(request.currentDueAt, request.now)) return { ok: false, problem: "after-due-date" };
  if (request.reason.trim() === "") return { ok: false, problem: "reason-missing" };
  if (request.ground === "processor_delay") return { ok: false, problem: "processor-lateness" };
  if (isOverdue(request.processorDueAt, request.now) && !request.notProcessorDelay)
    return { ok: false, problem: "processor-overdue-unconfirmed" };
  const day = policy.dueOnWorkingDay ? nextWorkingDay(request.newDueDay) : request.newDueDay;
  const newDueAt = endOfDay(day, policy.timeZone);
  if (newDueAt.getTime() <= request.currentDueAt.getTime()) return { ok: false, problem: "not-later" };
  if (newDueAt.getTime() > latestDueAt(request.receivedAt, policy).getTime())
    return { ok: false, problem: "beyond-three-months" };
  return { ok: true, newDueAt };
}
