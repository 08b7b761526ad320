import "server-only";
// What the staff page shows: every subprocessor by status (with the fields staff may correct), the
// change history with who announced it, subscriber counts, and the dates the announce form offers.
import { requireStaff } from "../../auth/authorization/authorize.ts";
import { db } from "../../db/client.ts";
import type { SubprocessorChangeType } from "../../generated/prisma/enums.ts";
import { systemClock, type Clock } from "../../time/clock.ts";
import { subscriberCounts, type SubscriberCounts } from "../subscriptions/counts.ts";
import { NOTICE_PERIOD_DAYS } from "./announce.ts";
import { addDays, isoDate, utcDay } from "../../time/calendar-date.ts";
import { changeTitle } from "./change-wording.ts";
import { PUBLIC_FIELDS, type PublicSubprocessor } from "./register.ts";
import { canBeStopped, subprocessorStatus, type SubprocessorStatus } from "./lifecycle.ts";

export type StaffSubprocessor = PublicSubprocessor & {
  dpaReference: string;
  status: SubprocessorStatus;
  /** May be named as the one that stops in a REPLACE or REMOVE. */
  stoppable: boolean;
};

export type StaffChange = {
  id: string;
  type: SubprocessorChangeType;
  title: string;
  announcedAt: Date;
  effectiveDate: Date;
  note: string;
  announcedBy: string | null;
};

export type SubprocessorStaffView = {
  subprocessors: StaffSubprocessor[];
  changes: StaffChange[];
  subscribers: SubscriberCounts;
  /** YYYY-MM-DD: today (the earliest allowed) and today + the notice period (the default). */
  today: string;
  defaultEffectiveDate: string;
  noticePeriodDays: number;
};

export async function getSubprocessorStaffView(clock: Clock = systemClock): Promise<SubprocessorStaffView> {
  await requireStaff("trust.subprocessors.manage");
  const today = utcDay(clock.now());
  const [rows, changes, subscribers] = await Promise.all([
    db.subprocessor.findMany({
      select: { ...PUBLIC_FIELDS, dpaReference: true },
      orderBy: { name: "asc" },
    }),
    db.subprocessorChange.findMany({
      select: {
        id: true,
        type: true,
        announcedAt: true,
        effectiveDate: true,
        note: true,
        announcedById: true,
        subprocessor: { select: { name: true } },
        replaced: { select: { name: true } },
      },
      orderBy: { announcedAt: "desc" },
      take: 200,
    }),
    subscriberCounts(clock),
  ]);
  const announcerIds = [
    ...new Set(changes.map((c) => c.announcedById).filter((id): id is string => id !== null)),
  ];
  const announcers = new Map(
    (await db.user.findMany({ where: { id: { in: announcerIds } }, select: { id: true, email: true } })).map(
      (u) => [u.id, u.email],
    ),
  );
  return {
    subprocessors: rows.map((row) => ({
      ...row,
      status: subprocessorStatus(row, today),
      stoppable: canBeStopped(row, today),
    })),
    changes: changes.map((c) => ({
      id: c.id,
      type: c.type,
      title: changeTitle(
        { type: c.type, name: c.subprocessor.name, replacedName: c.replaced?.name ?? null },
        "en",
      ),
      announcedAt: c.announcedAt,
      effectiveDate: c.effectiveDate,
      note: c.note,
      announcedBy: c.announcedById ? (announcers.get(c.announcedById) ?? null) : null,
    })),
    subscribers,
    today: isoDate(today),
    defaultEffectiveDate: isoDate(addDays(today, NOTICE_PERIOD_DAYS)),
    noticePeriodDays: NOTICE_PERIOD_DAYS,
  };
}
