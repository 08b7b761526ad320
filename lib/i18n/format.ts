// Dates on the public pages. Calendar dates (effective dates, target dates) are stored as UTC
// midnight and shown as that calendar day; instants show the time with its zone.
import type { Locale } from "./locale.ts";

const TAG: Record<Locale, string> = { en: "en-GB", de: "de-DE" };

/** "12 March 2026" / "12. März 2026". */
export function formatCalendarDate(locale: Locale, date: Date): string {
  return new Intl.DateTimeFormat(TAG[locale], { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(date);
}

/** "12 March 2026, 14:05 UTC" / "12. März 2026, 14:05 UTC". */
export function formatInstant(locale: Locale, date: Date, timeZone = "UTC"): string {
  return new Intl.DateTimeFormat(TAG[locale], {
    day: "numeric",
    month: "long",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    timeZoneName: "short",
    timeZone,
  }).format(date);
}

/** A calendar date as YYYY-MM-DD (the value stored and put in machine-readable outputs). */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
