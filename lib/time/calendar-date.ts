// Calendar dates (effective dates, target dates, subprocessor since/until) are stored as UTC midnight
// (@db.Date). "Today" is the UTC calendar day of the given instant, so every app instance and every
// output (page, JSON, CSV, emails) agrees on which day it is.
const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The calendar day (UTC midnight) an instant falls on. */
export function utcDay(instant: Date): Date {
  return new Date(Date.UTC(instant.getUTCFullYear(), instant.getUTCMonth(), instant.getUTCDate()));
}

/** "2026-03-12" -> UTC midnight of that day; null for anything that is not a real calendar date. */
export function parseIsoDate(value: string): Date | null {
  const match = ISO_DATE.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  const roundTrips =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return roundTrips ? date : null;
}

/** A calendar date as YYYY-MM-DD (the value stored, put in forms and in machine-readable outputs). */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addDays(day: Date, days: number): Date {
  return new Date(day.getTime() + days * DAY_MS);
}

/** Whole days from one calendar day to another (negative when `to` is earlier). */
export function daysBetween(from: Date, to: Date): number {
  return Math.round((utcDay(to).getTime() - utcDay(from).getTime()) / DAY_MS);
}
