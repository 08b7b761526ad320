// Calendar dates from forms ("2026-11-23") as the UTC midnight that @db.Date columns store.
import { z } from "zod";

export function parseCalendarDate(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value ? date : null;
}

export const calendarDateSchema = z
  .string()
  .trim()
  .max(10, "Enter a date as YYYY-MM-DD.")
  .transform((value, context) => {
    const date = parseCalendarDate(value);
    if (!date || date.getUTCFullYear() < 2000 || date.getUTCFullYear() > 2100) {
      context.addIssue({ code: "custom", message: "Enter a valid date (YYYY-MM-DD) between 2000 and 2100." });
      return z.NEVER;
    }
    return date;
  });
