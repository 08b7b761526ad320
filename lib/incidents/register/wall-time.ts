// Staff enter incident times as the wall-clock time of a named zone (a datetime-local field plus a
// zone); the register stores the UTC instant. Pure.

// Creating a formatter costs far more than using one (deadlines are computed per request filed).
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-GB", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
      hourCycle: "h23",
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

function offsetMs(instant: number, timeZone: string): number {
  const parts = Object.fromEntries(
    formatterFor(timeZone)
      .formatToParts(new Date(instant))
      .map((p) => [p.type, Number(p.value)]),
  );
  const asUtc = Date.UTC(
    parts.year!,
    parts.month! - 1,
    parts.day!,
    parts.hour!,
    parts.minute!,
    parts.second!,
  );
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/**
 * "2026-03-28T13:00" in "Europe/Berlin" -> 2026-03-28T12:00Z. A time skipped by a DST change
 * resolves to the instant after the gap; a repeated time to its first occurrence. Null if malformed.
 */
export function wallTimeToUtc(wallTime: string, timeZone: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(wallTime);
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const naive = Date.UTC(year, month - 1, day, hour, minute);
  const check = new Date(naive);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hour > 23 || minute > 59)
    return null;
  const earlier = naive - offsetMs(naive - offsetMs(naive, timeZone) - 3_600_000 * 3, timeZone);
  const later = naive - offsetMs(naive - offsetMs(naive, timeZone), timeZone);
  // Prefer the first occurrence when both read back as the entered wall time (autumn repeat).
  for (const candidate of [Math.min(earlier, later), Math.max(earlier, later)]) {
    if (candidate + offsetMs(candidate, timeZone) === naive) return new Date(candidate);
  }
  return new Date(Math.max(earlier, later)); // in a spring gap: the first instant after it
}

/** The value for a datetime-local field showing `instant` in `timeZone`. */
export function utcToWallTime(instant: Date, timeZone: string): string {
  const local = new Date(instant.getTime() + offsetMs(instant.getTime(), timeZone));
  return local.toISOString().slice(0, 16);
}
