// Dates on the public pages. Calendar dates (effective dates, target dates) are stored as UTC
// midnight and shown as that calendar day; instants show the time with its zone.
import type { Locale } from "./locale.ts";

const TAG: Record<Locale, string> = { en: "en-GB", de: "de-DE" };

/** "12 March 2026" / "12. März 2026". */
export function formatCalendarDate(locale: Locale, date: Date): string {
  return new Intl.DateTimeFormat(TAG[locale], {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(date);
}

/** "12 March 2026, 14:05 UTC" / "12. März 2026, 14:05 UTC". */
export function formatInstant(locale: Locale, date: Date, timeZone = "UTC"): string {
  return new Intl.DateTimeFormat(TAG[locale], { ...instantFields("long"), timeZone }).format(date);
}

/** Date, 24-hour time and the zone's name (Intl forbids timeZoneName with dateStyle/timeStyle). */
function instantFields(month: "long" | "short"): Intl.DateTimeFormatOptions {
  return {
    day: "numeric",
    month,
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    timeZoneName: "short",
  };
}

/**
 * An instant as the console and portal show it (the DateTime primitive): "30 Mar 2026, 02:00 CEST" /
 * "30. März 2026, 02:00 MESZ".
 */
export function formatDateTime(date: Date, timeZone = "UTC", locale: Locale = "en"): string {
  return new Intl.DateTimeFormat(TAG[locale], { ...instantFields("short"), timeZone }).format(date);
}

/** A calendar date as YYYY-MM-DD; kept here so page code finds every date format in one import. */
export { isoDate } from "../time/calendar-date.ts";
