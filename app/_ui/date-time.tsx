import { formatDateTime } from "@/lib/i18n/format";

export interface DateTimeProps {
  value: Date | string;
  /** IANA time zone; defaults to "UTC". The zone is always shown: "23 Nov 2025, 14:05 UTC". */
  timeZone?: string;
}

export function DateTime({ value, timeZone = "UTC" }: DateTimeProps) {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) return <span>Invalid date</span>;
  return <time dateTime={date.toISOString()}>{formatDateTime(date, timeZone)}</time>;
}
