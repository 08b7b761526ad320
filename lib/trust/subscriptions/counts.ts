import "server-only";
// How many people follow the subprocessor list, for staff. Counts only: the addresses are personal
// data that staff do not need to see.
import { requireStaff } from "../../auth/authorization/authorize.ts";
import { db } from "../../db/client.ts";
import { systemClock, type Clock } from "../../time/clock.ts";
import { ACTIVE_SUBSCRIBER } from "./notify-subscribers.ts";

export type SubscriberCounts = { confirmed: number; pending: number; unsubscribed: number };

export async function subscriberCounts(clock: Clock = systemClock): Promise<SubscriberCounts> {
  await requireStaff("trust.subprocessors.manage");
  const [confirmed, pending, unsubscribed] = await Promise.all([
    db.subscriber.count({ where: ACTIVE_SUBSCRIBER }),
    db.subscriber.count({
      where: { confirmedAt: null, unsubscribedAt: null, confirmExpiresAt: { gt: clock.now() } },
    }),
    db.subscriber.count({ where: { unsubscribedAt: { not: null } } }),
  ]);
  return { confirmed, pending, unsubscribed };
}
