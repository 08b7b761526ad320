import { formatDateTime } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locale";

export interface DateTimeProps {
  value: Date | string;
  /** IANA time zone; defaults to "UTC". The zone is always shown: "23 Nov 2025, 14:05 UTC". */
  timeZone?: string;
  /** The reader's language (default English): "23 Nov 2025" / "23. Nov. 2025". */
  locale?: Locale;
}

export function DateTime({ value, timeZone = "UTC", locale = "en" }: DateTimeProps) {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) return <span>Invalid date</span>;
  return <time dateTime={date.toISOString()}>{formatDateTime(date, timeZone, locale)}</time>;
}
