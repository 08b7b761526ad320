import "server-only";
// Subscribing to subprocessor changes with double opt-in. Every request that is not throttled gets
// the same answer, whatever the address's state (new, pending, confirmed, unsubscribed), and the work
// that depends on that state runs after the answer (S3-style: neither content nor timing tells).
// Throttled per IP and per address (S20); a filled honeypot field is answered the same and stores nothing.
import { z } from "zod";
import { runAtOnce, type AfterResponse } from "../../auth/email-links/email-link-request.ts";
import type { Context } from "../../context/context.ts";
import { hashToken, newToken } from "../../crypto/token.ts";
import { db, type Tx } from "../../db/client.ts";
import { isUniqueViolation } from "../../db/unique-violation.ts";
import { LOCALES, type Locale } from "../../i18n/locale.ts";
import { requestEmailDelivery } from "../../jobs/email-jobs.ts";
import { enqueueEmail } from "../../mail/outbox.ts";
import { consumeAttempt, minutesToWait, RULES } from "../../security/throttle.ts";
import { getProviderProfile } from "../provider-profile.ts";
import { CONFIRMATION_HOURS, confirmationEmail } from "./confirmation-email.ts";
import { confirmationUrl } from "./links.ts";
import { auditSubscription, type SubscriptionAuditContext } from "./subscription-audit.ts";
import { sealUnsubscribeToken } from "./unsubscribe-token.ts";

export const subscribeInput = z.strictObject({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .max(320, "Use at most 320 characters.")
    .pipe(z.email("Enter an email address, like name@example.com.")),
  locale: z.enum(LOCALES),
  /** Honeypot: hidden from people, filled in by bots. */
  website: z.string().max(500).optional(),
});
export type SubscribeInput = z.infer<typeof subscribeInput>;

export type SubscribeResult = { status: "accepted" } | { status: "throttled"; minutes: number };

export type SubscribeOptions = { afterResponse?: AfterResponse };

/** What happened to the address; recorded in the audit log, never shown to the visitor. */
type Outcome = "new" | "pending_renewed" | "resubscribed" | "already_confirmed";

/** For an anonymous caller (`ctx.actor` is ignored): the request and clock come from the context. */
export async function subscribe(
  ctx: Context,
  input: SubscribeInput,
  options: SubscribeOptions = {},
): Promise<SubscribeResult> {
  if (input.website) return { status: "accepted" };
  const email = input.email.trim().toLowerCase();
  const verdict = await consumeAttempt(
    [
      { rule: RULES.subscribeIp, subject: ctx.request.ip ?? "unknown" },
      // The address is personal data of a non-user: the counter is keyed by its hash.
      { rule: RULES.subscribeAddress, subject: hashToken(email) },
    ],
    ctx.clock,
  );
  if (verdict.blocked) return { status: "throttled", minutes: minutesToWait(verdict.retryAfterMs) };
  await (options.afterResponse ?? runAtOnce)(async () => {
    const emailed = await startDoubleOptIn(ctx, email, input.locale);
    if (emailed) await requestEmailDelivery();
  });
  return { status: "accepted" };
}

/** Issues a confirmation token and emails it, unless the address is already confirmed. Returns whether it emailed. */
async function startDoubleOptIn(
  ctx: SubscriptionAuditContext,
  email: string,
  locale: Locale,
): Promise<boolean> {
  const provider = await getProviderProfile(locale);
  const attempt = () =>
    db.$transaction(async (tx) => {
      const existing = await tx.subscriber.findUnique({
        where: { email },
        select: { id: true, confirmedAt: true, unsubscribedAt: true },
      });
      if (existing && existing.confirmedAt && !existing.unsubscribedAt) {
        await auditSubscription(tx, ctx, "trust.subscription.requested", existing.id, {
          outcome: "already_confirmed" satisfies Outcome,
          emailed: false,
        });
        return false;
      }
      const token = newToken();
      const confirmation = {
        confirmTokenHash: hashToken(token),
        confirmExpiresAt: new Date(ctx.clock.now().getTime() + CONFIRMATION_HOURS * 3_600_000),
      };
      const outcome: Outcome = !existing
        ? "new"
        : existing.unsubscribedAt
          ? "resubscribed"
          : "pending_renewed";
      const subscriberId = existing
        ? (
            await tx.subscriber.update({
              where: { id: existing.id },
              data: { ...confirmation, locale, confirmedAt: null, unsubscribedAt: null },
              select: { id: true },
            })
          ).id
        : await createSubscriber(tx, email, locale, confirmation);
      await enqueueEmail(tx, {
        idempotencyKey: `subscription-confirm:${subscriberId}:${confirmation.confirmTokenHash.slice(0, 16)}`,
        sensitive: true, // carries the confirmation link
        to: email,
        ...confirmationEmail(locale, provider.displayName, confirmationUrl(locale, token)),
      });
      await auditSubscription(tx, ctx, "trust.subscription.requested", subscriberId, {
        outcome,
        emailed: true,
        locale,
      });
      return true;
    });
  try {
    return await attempt();
  } catch (error) {
    // Two simultaneous first requests for one address: the loser finds the winner's row on retry.
    if (isUniqueViolation(error)) return attempt();
    throw error;
  }
}

async function createSubscriber(
  tx: Tx,
  email: string,
  locale: Locale,
  confirmation: { confirmTokenHash: string; confirmExpiresAt: Date },
): Promise<string> {
  const unsubscribeToken = newToken();
  // The sealed copy is bound to the row's id, which exists only once the row does.
  const { id } = await tx.subscriber.create({
    data: {
      email,
      locale,
      ...confirmation,
      unsubscribeTokenHash: hashToken(unsubscribeToken),
      unsubscribeTokenSealed: "",
    },
    select: { id: true },
  });
  await tx.subscriber.update({
    where: { id },
    data: { unsubscribeTokenSealed: sealUnsubscribeToken(id, unsubscribeToken) },
  });
  return id;
}
