import "server-only";
// Confirming a subscription (the second step of double opt-in). Opening the emailed link only shows
// whether it still works; the page's button POSTs the token, so mail scanners that fetch links
// confirm nothing. A token works once, within 48 hours.
import type { Context } from "../../context/context.ts";
import { hashToken } from "../../crypto/token.ts";
import { TOKEN_SHAPE } from "../../crypto/token-shape.ts";
import { db } from "../../db/client.ts";
import { systemClock, type Clock } from "../../time/clock.ts";
import { auditSubscription } from "./subscription-audit.ts";

/** "unknown" also covers a link already used (the token is forgotten once confirmed). */
export type ConfirmationStatus = "valid" | "expired" | "unknown";

async function findByConfirmToken(token: string) {
  if (!TOKEN_SHAPE.test(token)) return null;
  return db.subscriber.findUnique({
    where: { confirmTokenHash: hashToken(token) },
    select: { id: true, confirmExpiresAt: true },
  });
}

export async function confirmationStatus(
  token: string,
  clock: Clock = systemClock,
): Promise<ConfirmationStatus> {
  const row = await findByConfirmToken(token);
  if (!row) return "unknown";
  return row.confirmExpiresAt && row.confirmExpiresAt > clock.now() ? "valid" : "expired";
}

/** "valid": confirmed now; the caller is anonymous (the token is the authorisation). */
export async function confirmSubscription(ctx: Context, token: string): Promise<ConfirmationStatus> {
  const row = await findByConfirmToken(token);
  if (!row) return "unknown";
  const now = ctx.clock.now();
  if (!row.confirmExpiresAt || row.confirmExpiresAt <= now) return "expired";
  return db.$transaction(async (tx) => {
    // Compare-and-set on the token: of two simultaneous confirmations, one wins.
    const { count } = await tx.subscriber.updateMany({
      where: { id: row.id, confirmTokenHash: hashToken(token), confirmExpiresAt: { gt: now } },
      data: { confirmedAt: now, confirmTokenHash: null, confirmExpiresAt: null, unsubscribedAt: null },
    });
    if (count === 0) return "unknown";
    await auditSubscription(tx, ctx, "trust.subscription.confirmed", row.id, {});
    return "valid";
  });
}
