"use client";
// The time zone the signed-in person reads in (ctx.timeZone, lib/time/reader-time-zone.ts), given once by
// the shell (app/_components/app-shell.tsx) to every date below it: DateTime shows times in it, forms read
// the datetime fields in it and name it. The server renders with the same value, so nothing changes
// after hydration.
import { createContext, useContext, type ReactNode } from "react";

const ReaderTimeZoneContext = createContext<string | null>(null);

export function ReaderTimeZone({ timeZone, children }: { timeZone: string; children: ReactNode }) {
  return <ReaderTimeZoneContext value={timeZone}>{children}</ReaderTimeZoneContext>;
}

/** The reader's zone; outside a shell, `timeZone` must be given (there is no silent default). */
export function useReaderTimeZone(timeZone?: string): string {
  const fromShell = useContext(ReaderTimeZoneContext);
  const zone = timeZone ?? fromShell;
  if (!zone) throw new Error("No time zone: render inside <ReaderTimeZone> or pass one.");
  return zone;
}

/** The reader's zone by name ("Europe/Berlin"), for the line that says what zone a page's times are in. */
export function ReaderTimeZoneName() {
  return <>{useReaderTimeZone()}</>;
}
