import "server-only";
// The staff deadline dashboard (GDPR.md B1, B4): every open notification — not yet delivered, or delivered
// but not acknowledged — soonest deadline first, with the time left at the clock's now. Sending a notice
// only queues its emails: the deadline keeps running until the notification reached the organisation
// (an SMTP server accepted it, or a member acknowledged it; ADR 0016).
import { authorizeStaff } from "../auth/authorization/authorize.ts";
import type { Context } from "../context/context.ts";
import { db } from "../db/client.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import { timeLeft } from "./deadline.ts";
import { reachedAt, type ReachFacts } from "./notifications/reached.ts";
import { REMINDER_WINDOW_MS } from "./reminders.ts";

/** overdue: past the deadline, not reached; due-soon: under 6 h left; waiting: more time; delivered: reached the organisation (in time or late). */
export type NotificationUrgency = "overdue" | "due-soon" | "waiting" | "delivered-late" | "delivered";

/** Where the notice stands for this organisation: nothing sent; sent but every email still queued; reached. */
export type NotificationDelivery = "not-sent" | "queued" | "reached";

export type DashboardRow = {
  id: string;
  organization: { id: string; name: string; slug: string };
  incident: { id: string; reference: string; title: string };
  windowHours: number;
  deadlineAt: Date;
  timeLeft: string;
  urgency: NotificationUrgency;
  delivery: NotificationDelivery;
  firstSentAt: Date | null;
  firstDeliveredAt: Date | null;
  acknowledgedAt: Date | null;
  acknowledgedByName: string | null;
  reminderSentAt: Date | null;
  escalatedAt: Date | null;
};

export type Dashboard = { rows: DashboardRow[]; total: number; shown: number; now: Date };

export const DASHBOARD_LIMIT = 500;

export function urgencyOf(n: ReachFacts & { deadlineAt: Date }, now: Date): NotificationUrgency {
  const reached = reachedAt(n);
  if (reached) return reached > n.deadlineAt ? "delivered-late" : "delivered";
  const left = n.deadlineAt.getTime() - now.getTime();
  if (left < 0) return "overdue";
  return left < REMINDER_WINDOW_MS ? "due-soon" : "waiting";
}

export function deliveryOf(n: ReachFacts & { firstSentAt: Date | null }): NotificationDelivery {
  if (reachedAt(n)) return "reached";
  return n.firstSentAt ? "queued" : "not-sent";
}

export async function loadDeadlineDashboard(
  ctx: Context,
  options: { includeAcknowledged?: boolean } = {},
): Promise<Dashboard> {
  await authorizeStaff(ctx, "breach.view");
  const now = ctx.clock.now();
  const where: Prisma.IncidentNotificationWhereInput = options.includeAcknowledged
    ? { incident: { status: { not: "CLOSED" } } }
    : { acknowledgedAt: null };
  const [total, rows] = await Promise.all([
    db.incidentNotification.count({ where }),
    db.incidentNotification.findMany({
      where,
      orderBy: [{ firstDeliveredAt: { sort: "desc", nulls: "first" } }, { deadlineAt: "asc" }, { id: "asc" }],
      take: DASHBOARD_LIMIT,
      select: {
        id: true,
        windowHours: true,
        deadlineAt: true,
        firstSentAt: true,
        firstDeliveredAt: true,
        acknowledgedAt: true,
        acknowledgedByName: true,
        reminderSentAt: true,
        escalatedAt: true,
        organization: { select: { id: true, name: true, slug: true } },
        incident: { select: { id: true, reference: true, title: true } },
      },
    }),
  ]);
  const notReachedFirst = rows.sort(
    (a, b) =>
      Number(reachedAt(a) !== null) - Number(reachedAt(b) !== null) ||
      a.deadlineAt.getTime() - b.deadlineAt.getTime(),
  );
  return {
    total,
    shown: rows.length,
    now,
    rows: notReachedFirst.map((n) => ({
      ...n,
      timeLeft: reachedAt(n) ? "" : timeLeft(n.deadlineAt, now).label,
      urgency: urgencyOf(n, now),
      delivery: deliveryOf(n),
    })),
  };
}
