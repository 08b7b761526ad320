"use client";
// The time zone the browser reports, until people can choose one in their account: the server renders
// times in `fallback` (UTC) with the zone named, and after hydration they switch to the browser's zone
// (useSyncExternalStore gives the server value while hydrating, then the client's). Forms send the same
// zone in a hidden field so the server reads entered times in it.
import { useSyncExternalStore } from "react";
import { formatInstant } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locale";

const subscribe = () => () => {};

function browserTimeZone(fallback: string): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || fallback;
  } catch {
    return fallback;
  }
}

export function useBrowserTimeZone(fallback = "UTC"): string {
  return useSyncExternalStore(
    subscribe,
    () => browserTimeZone(fallback),
    () => fallback,
  );
}

/** An instant in the browser's time zone, with the zone named: "6 December 2026, 10:15 CET". */
export function ZonedTime({ value, locale = "en" }: { value: Date | string; locale?: Locale }) {
  const timeZone = useBrowserTimeZone();
  const date = value instanceof Date ? value : new Date(value);
  return <time dateTime={date.toISOString()}>{formatInstant(locale, date, timeZone)}</time>;
}

/** The name of the zone times are shown and entered in, e.g. "Europe/Berlin". */
export function BrowserTimeZoneName() {
  return <>{useBrowserTimeZone()}</>;
}
