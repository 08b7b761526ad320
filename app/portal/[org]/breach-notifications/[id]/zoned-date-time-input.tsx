"use client";
// A datetime-local field read in a time zone that can change while the page is open (a person without a
// zone of their own sees the organisation's default until the browser's is stored at their first signed-in
// page, app/_components/adopt-browser-time-zone.tsx, and the page is rendered again). When the zone
// changes, whatever the field holds — the recorded time or what a person typed meanwhile — is rewritten to
// the same instant in the new zone, so nothing typed is lost and its meaning stays the one the label
// showed when it was typed.
import { useEffect, useRef, useState, type ComponentProps } from "react";
import { Input } from "@/app/_ui";
import { utcToWallTime, wallTimeToUtc } from "@/lib/incidents/register/wall-time";

type Props = Omit<ComponentProps<typeof Input>, "type" | "defaultValue" | "ref"> & {
  /** The recorded instant (ISO) or "". */
  instant: string;
  timeZone: string;
};

export function ZonedDateTimeInput({ instant, timeZone, ...props }: Props) {
  const ref = useRef<HTMLInputElement>(null);
  const shownIn = useRef(timeZone);
  // Fixed at the first render: later zones are reached by rewriting the field, never by a new default
  // (which would show through an untouched field before the effect converts it).
  const [initial] = useState(() => (instant ? utcToWallTime(new Date(instant), timeZone) : ""));
  useEffect(() => {
    const input = ref.current;
    const from = shownIn.current;
    shownIn.current = timeZone;
    if (!input || from === timeZone || input.value === "") return;
    const at = wallTimeToUtc(input.value, from);
    if (at) input.value = utcToWallTime(at, timeZone);
  }, [timeZone]);
  return <Input {...props} ref={ref} type="datetime-local" defaultValue={initial} />;
}
