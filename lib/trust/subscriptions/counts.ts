import "server-only";
// How many people follow the subprocessor list, for staff. Counts only: the addresses are personal
// data that staff do not need to see.
import { authorizeStaff } from "../../auth/authorization/authorize.ts";
import type { Context } from "../../context/context.ts";
import { db } from "../../db/client.ts";
import { ACTIVE_SUBSCRIBER } from "./notify-subscribers.ts";

export type SubscriberCounts = { confirmed: number; pending: number; unsubscribed: number };

export async function subscriberCounts(ctx: Context): Promise<SubscriberCounts> {
  await authorizeStaff(ctx, "trust.subprocessors.manage");
  const [confirmed, pending, unsubscribed] = await Promise.all([
    db.subscriber.count({ where: ACTIVE_SUBSCRIBER }),
    db.subscriber.count({
      where: { confirmedAt: null, unsubscribedAt: null, confirmExpiresAt: { gt: ctx.clock.now() } },
    }),
    db.subscriber.count({ where: { unsubscribedAt: { not: null } } }),
  ]);
  return { confirmed, pending, unsubscribed };
}
