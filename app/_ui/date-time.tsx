"use client";
import { formatInstant } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locale";
import { useReaderTimeZone } from "./reader-time-zone";

export interface DateTimeProps {
  value: Date | string;
  /** IANA time zone; by default the reader's (the shell's ReaderTimeZone). The zone is always shown. */
  timeZone?: string;
  locale?: Locale;
}

/** An instant as the product writes it: "23 November 2025, 14:05 CET" (lib/i18n/format.ts). */
export function DateTime({ value, timeZone, locale = "en" }: DateTimeProps) {
  const zone = useReaderTimeZone(timeZone);
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) return <span>Invalid date</span>;
  // The server's text stands: it was formatted in the same zone, and browsers' zone names may differ.
  return (
    <time dateTime={date.toISOString()} suppressHydrationWarning>
      {formatInstant(locale, date, zone)}
    </time>
  );
}
