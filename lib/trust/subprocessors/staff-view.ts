import "server-only";
// What the staff page shows: every subprocessor by status (with the fields staff may correct), the
// change history with who announced it, subscriber counts, and the dates the announce form offers.
import { authorizeStaff } from "../../auth/authorization/authorize.ts";
import type { Context } from "../../context/context.ts";
import { db } from "../../db/client.ts";
import type { SubprocessorChangeType } from "../../generated/prisma/enums.ts";
import { addDays, isoDate, utcDay } from "../../time/calendar-date.ts";
import { subscriberCounts, type SubscriberCounts } from "../subscriptions/counts.ts";
import { NOTICE_PERIOD_DAYS } from "./announce.ts";
import { canBeStopped, subprocessorStatus, type SubprocessorStatus } from "./lifecycle.ts";
import { PUBLIC_FIELDS, type PublicSubprocessor } from "./register.ts";

export type StaffSubprocessor = PublicSubprocessor & {
  dpaReference: string;
  status: SubprocessorStatus;
  /** May be named as the one that stops in a REPLACE or REMOVE. */
  stoppable: boolean;
};

export type StaffChange = {
  id: string;
  type: SubprocessorChangeType;
  /** Added (ADD, REPLACE) or removed (REMOVE). */
  name: string;
  /** REPLACE: the one that stops. */
  replacedName: string | null;
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

export async function getSubprocessorStaffView(ctx: Context): Promise<SubprocessorStaffView> {
  await authorizeStaff(ctx, "trust.subprocessors.manage");
  const today = utcDay(ctx.clock.now());
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
    subscriberCounts(ctx),
  ]);
  const announcerIds = [
    ...new Set(changes.map((c) => c.announcedById).filter((id): id is string => id !== null)),
  ];
  const announcers = new Map(
    (await db.user.findMany({ where: { id: { in: announcerIds } }, select: { id: true, email: true } })).map(
      (u) => [u.id, u.email],
    ),
  );
  // The longest notice a customer's DPA promises under general authorisation, if longer than the standard one.
  const longest = await db.organization.aggregate({
    where: { subprocessorAuthorisation: "GENERAL", closingSince: null },
    _max: { subprocessorNoticeDays: true },
  });
  const noticePeriodDays = Math.max(NOTICE_PERIOD_DAYS, longest._max.subprocessorNoticeDays ?? 0);
  return {
    subprocessors: rows.map((row) => ({
      ...row,
      status: subprocessorStatus(row, today),
      stoppable: canBeStopped(row, today),
    })),
    changes: changes.map((c) => ({
      id: c.id,
      type: c.type,
      name: c.subprocessor.name,
      replacedName: c.replaced?.name ?? null,
      announcedAt: c.announcedAt,
      effectiveDate: c.effectiveDate,
      note: c.note,
      announcedBy: c.announcedById ? (announcers.get(c.announcedById) ?? null) : null,
    })),
    subscribers,
    today: isoDate(today),
    defaultEffectiveDate: isoDate(addDays(today, noticePeriodDays)),
    noticePeriodDays,
  };
}
