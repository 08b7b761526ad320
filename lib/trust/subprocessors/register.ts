import "server-only";
// The public subprocessor register: who processes data today, who is announced, who stopped, and every
// announced change. One loader feeds the page, /subprocessors.json and /subprocessors.csv, so they
// always list the same entries.
import { db } from "../../db/client.ts";
import type { SubprocessorChangeType } from "../../generated/prisma/enums.ts";
import { systemClock, type Clock } from "../../time/clock.ts";
import { utcDay } from "../../time/calendar-date.ts";
import { subprocessorStatus } from "./lifecycle.ts";

export type PublicSubprocessor = {
  id: string;
  name: string;
  purpose: string;
  purposeDe: string;
  dataCategories: string[];
  dataCategoriesDe: string[];
  location: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  transferMechanism: string;
  website: string;
  activeFrom: Date;
  activeUntil: Date | null;
};

export type PublicChange = {
  id: string;
  type: SubprocessorChangeType;
  announcedAt: Date;
  effectiveDate: Date;
  note: string;
  noteDe: string;
  /** Added (ADD, REPLACE) or removed (REMOVE). */
  subprocessor: PublicSubprocessor;
  /** REPLACE: the one that stops. */
  replaced: PublicSubprocessor | null;
};

export type SubprocessorRegister = {
  /** The calendar day (UTC) the register was computed for. */
  today: Date;
  current: PublicSubprocessor[];
  upcoming: PublicSubprocessor[];
  past: PublicSubprocessor[];
  /** Changes whose effective date is still ahead, soonest first. */
  announcedChanges: PublicChange[];
  /** Changes already in effect, newest first. */
  pastChanges: PublicChange[];
};

export const PUBLIC_FIELDS = {
  id: true,
  name: true,
  purpose: true,
  purposeDe: true,
  dataCategories: true,
  dataCategoriesDe: true,
  location: true,
  country: true,
  transferMechanism: true,
  website: true,
  activeFrom: true,
  activeUntil: true,
} as const;

const byName = (a: PublicSubprocessor, b: PublicSubprocessor) =>
  a.name.localeCompare(b.name, "en", { sensitivity: "base" });
const time = (date: Date | null) => date?.getTime() ?? 0;

export async function loadSubprocessorRegister(clock: Clock = systemClock): Promise<SubprocessorRegister> {
  const today = utcDay(clock.now());
  const [subprocessors, changes] = await Promise.all([
    db.subprocessor.findMany({ select: PUBLIC_FIELDS }),
    db.subprocessorChange.findMany({
      select: {
        id: true,
        type: true,
        announcedAt: true,
        effectiveDate: true,
        note: true,
        noteDe: true,
        subprocessor: { select: PUBLIC_FIELDS },
        replaced: { select: PUBLIC_FIELDS },
      },
      orderBy: [{ effectiveDate: "desc" }, { announcedAt: "desc" }],
      take: 1000,
    }),
  ]);
  const withStatus = (status: ReturnType<typeof subprocessorStatus>) =>
    subprocessors.filter((s) => subprocessorStatus(s, today) === status);
  const inEffect = (change: PublicChange) => change.effectiveDate.getTime() <= today.getTime();
  return {
    today,
    current: withStatus("current").sort(byName),
    upcoming: withStatus("upcoming").sort((a, b) => time(a.activeFrom) - time(b.activeFrom) || byName(a, b)),
    past: withStatus("past").sort((a, b) => time(b.activeUntil) - time(a.activeUntil) || byName(a, b)),
    announcedChanges: changes.filter((c) => !inEffect(c)).reverse(),
    pastChanges: changes.filter(inEffect),
  };
}
