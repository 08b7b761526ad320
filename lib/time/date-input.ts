// The one rule for dates typed into forms (SECURITY.md S13): a real calendar day or wall-clock time in
// the years 2000 to 2100, so nothing like 0001-01-01 (which JavaScript reads as 1901) or 9999-12-31
// reaches the database (the bounds: ./date-bounds.ts). Whether a date may lie in the future is the
// domain's to decide, with the caller's clock.
import { z } from "zod";
import { parseIsoDate } from "./calendar-date.ts";
import { MAX_YEAR, MIN_YEAR } from "./date-bounds.ts";
import { DATE_INPUT_MESSAGES } from "./messages.ts";

export { DATE_INPUT_BOUNDS } from "./date-bounds.ts";

const inYearBounds = (year: number) => year >= MIN_YEAR && year <= MAX_YEAR;

type FieldOptions = {
  /** What the field says when the value is not a date of the right shape (defaults to the shared one). */
  message?: string;
  /** "" (or no value) is allowed: null for a day, "" for a date and time. */
  optional?: boolean;
};

/** Why `value` is not a bounded calendar day, or its UTC midnight. */
function checkDay(value: string, message: string): { date: Date } | { issue: string } {
  // The year first: JavaScript dates read years below 100 as 19xx, so "0001-01-01" would not round-trip.
  const year = /^(\d{4})-\d{2}-\d{2}$/.exec(value)?.[1];
  if (year && !inYearBounds(Number(year))) return { issue: DATE_INPUT_MESSAGES.yearOutOfRange };
  const date = parseIsoDate(value);
  return date ? { date } : { issue: message };
}

function calendarDayField(options: FieldOptions) {
  const message = options.message ?? DATE_INPUT_MESSAGES.calendarDay;
  return z
    .string()
    .trim()
    .max(10, message)
    .default("")
    .transform((value, ctx) => {
      if (value === "" && options.optional) return null;
      const checked = checkDay(value, message);
      if ("issue" in checked) {
        ctx.addIssue({ code: "custom", message: checked.issue });
        return z.NEVER;
      }
      return checked.date;
    });
}

/** A YYYY-MM-DD field, read as UTC midnight of that day. */
export function calendarDayInput(options: Omit<FieldOptions, "optional"> = {}) {
  return calendarDayField({ ...options, optional: false }).pipe(z.date());
}

/** A YYYY-MM-DD field that may be left empty (null). */
export function optionalCalendarDayInput(options: Omit<FieldOptions, "optional"> = {}) {
  return calendarDayField({ ...options, optional: true });
}

const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})$/;

/**
 * A datetime-local field ("YYYY-MM-DDTHH:MM"), kept as typed: the caller reads it in the zone it was
 * entered in. With `optional`, "" stays "".
 */
export function dateTimeInput(options: FieldOptions = {}) {
  const message = options.message ?? DATE_INPUT_MESSAGES.dateTime;
  return z
    .string()
    .trim()
    .max(16, message)
    .superRefine((value, ctx) => {
      if (value === "" && options.optional) return;
      const match = DATE_TIME.exec(value);
      if (!match || Number(match[2]) > 23 || Number(match[3]) > 59) {
        ctx.addIssue({ code: "custom", message });
        return;
      }
      const checked = checkDay(match[1]!, message);
      if ("issue" in checked) ctx.addIssue({ code: "custom", message: checked.issue });
    });
}
