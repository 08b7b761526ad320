// When things happened in the demo's history: every seeded date (document versions, subprocessor
// changes, update entries, compliance targets) is counted from the moment the seed runs, so the trust
// center always reads like a provider's last months rather than a snapshot that ages, and tests pass a
// fixed `now` and never depend on today's date. Times of day are office hours in UTC, so no two
// entries share a timestamp.
import { addDays, utcDay } from "../../lib/time/calendar-date.ts";

export type DemoTimeline = {
  now: Date;
  /** An instant `days` calendar days before now, at `time` ("HH:MM") UTC (never after now: days >= 1). */
  at: (days: number, time: string) => Date;
  /** A calendar day (UTC midnight) `days` before now; negative counts forward. */
  dayBefore: (days: number) => Date;
  /** The last calendar day of the month `months` after now's month. */
  monthEndIn: (months: number) => Date;
};

export function demoTimeline(now: Date): DemoTimeline {
  const today = utcDay(now);
  return {
    now,
    at: (days, time) => {
      if (days < 1) throw new Error("Demo history lies in the past: use at least one day ago.");
      const match = /^(\d{2}):(\d{2})$/.exec(time);
      if (!match) throw new Error(`Demo times are HH:MM, not "${time}".`);
      const [hours, minutes] = [Number(match[1]), Number(match[2])];
      return new Date(addDays(today, -days).getTime() + (hours * 60 + minutes) * 60_000);
    },
    dayBefore: (days) => addDays(today, -days),
    monthEndIn: (months) => new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() + months + 1, 0)),
  };
}
