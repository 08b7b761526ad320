export interface DateTimeProps {
  value: Date | string;
  /** IANA time zone; defaults to "UTC". The zone is always shown. */
  timeZone?: string;
}

/**
 * Equivalent to en-GB dateStyle "medium" + timeStyle "short", plus the zone name
 * (Intl forbids timeZoneName together with dateStyle/timeStyle): "23 Nov 2025, 14:05 UTC".
 */
const options: Intl.DateTimeFormatOptions = {
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
  timeZoneName: "short",
};

export function DateTime({ value, timeZone = "UTC" }: DateTimeProps) {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) return <span>Invalid date</span>;
  const text = new Intl.DateTimeFormat("en-GB", { ...options, timeZone }).format(date);
  return <time dateTime={date.toISOString()}>{text}</time>;
}
