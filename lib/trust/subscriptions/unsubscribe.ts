import "server-only";
// Unsubscribing by the token every notice carries: from the unsubscribe page (a button, POST) or by
// the mail provider's one-click POST (RFC 8058). Idempotent: a second use changes nothing and answers
// the same. No sign-in: the unguessable token is the authorisation, and it can only ever unsubscribe.
import type { Context } from "../../context/context.ts";
import { hashToken } from "../../crypto/token.ts";
import { TOKEN_SHAPE } from "../../crypto/token-shape.ts";
import { db } from "../../db/client.ts";
import { auditSubscription } from "./subscription-audit.ts";

export type UnsubscribeStatus = "subscribed" | "unsubscribed" | "unknown";
export type UnsubscribeChannel = "page" | "one-click";

async function findByUnsubscribeToken(token: string) {
  if (!TOKEN_SHAPE.test(token)) return null;
  return db.subscriber.findUnique({
    where: { unsubscribeTokenHash: hashToken(token) },
    select: { id: true, unsubscribedAt: true },
  });
}

export async function unsubscribeStatus(token: string): Promise<UnsubscribeStatus> {
  const row = await findByUnsubscribeToken(token);
  if (!row) return "unknown";
  return row.unsubscribedAt ? "unsubscribed" : "subscribed";
}

/** "unsubscribed" when the token is known (now or already unsubscribed), else "unknown". */
export async function unsubscribeByToken(
  ctx: Context,
  token: string,
  channel: UnsubscribeChannel,
): Promise<Exclude<UnsubscribeStatus, "subscribed">> {
  const row = await findByUnsubscribeToken(token);
  if (!row) return "unknown";
  await db.$transaction(async (tx) => {
    const { count } = await tx.subscriber.updateMany({
      where: { id: row.id, unsubscribedAt: null },
      // A pending confirmation link stops working too.
      data: { unsubscribedAt: ctx.clock.now(), confirmTokenHash: null, confirmExpiresAt: null },
    });
    if (count === 1) await auditSubscription(tx, ctx, "trust.subscription.unsubscribed", row.id, { channel });
  });
  return "unsubscribed";
}
