// The one date format family of the product (public site, portal, console, emails, PDFs), in English and
// German. A calendar day (an effective date, a target date; stored as UTC midnight) is "12 March 2026";
// an instant is the same day in the reader's time zone with the time and the zone named:
// "12 March 2026, 14:05 CET". The zone is the reader's (lib/time/reader-time-zone.ts); callers always
// pass it. Pure.
import type { Locale } from "./locale.ts";

const TAG: Record<Locale, string> = { en: "en-GB", de: "de-DE" };

const formats = new Map<string, Intl.DateTimeFormat>();

function formatter(key: string, locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const id = `${key}|${locale}|${options.timeZone}`;
  let format = formats.get(id);
  if (!format) {
    format = new Intl.DateTimeFormat(TAG[locale], options);
    formats.set(id, format);
  }
  return format;
}

const DAY: Intl.DateTimeFormatOptions = { day: "numeric", month: "long", year: "numeric" };

/** "12 March 2026" / "12. März 2026". */
export function formatCalendarDate(locale: Locale, date: Date): string {
  return formatter("day", locale, { ...DAY, timeZone: "UTC" }).format(date);
}

/**
 * The zone as a reader recognises it: its abbreviation where the language has one ("CET", "MESZ", "UTC"),
 * else the offset with the zone's city ("GMT-4 (New York)"), so a time never stands without its zone.
 */
export function timeZoneLabel(locale: Locale, date: Date, timeZone: string): string {
  const name =
    formatter("zone", locale, { timeZoneName: "short", timeZone })
      .formatToParts(date)
      .find((part) => part.type === "timeZoneName")?.value ?? timeZone;
  if (!/^(GMT|UTC)[+\-\u2212]/.test(name)) return name;
  const city = timeZone.split("/").at(-1)!.replace(/_/g, " ");
  return `${name} (${city})`;
}

/** "12 March 2026, 14:05 CET" / "12. März 2026, 14:05 MEZ": an instant in `timeZone`, the zone named. */
export function formatInstant(locale: Locale, date: Date, timeZone: string): string {
  const day = formatter("day", locale, { ...DAY, timeZone }).format(date);
  const time = formatter("time", locale, {
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    timeZone,
  }).format(date);
  return `${day}, ${time} ${timeZoneLabel(locale, date, timeZone)}`;
}

/** A calendar date as YYYY-MM-DD; kept here so page code finds every date format in one import. */
export { isoDate } from "../time/calendar-date.ts";
