import "server-only";
// Changing the email address you sign in with (SECURITY.md S6): needs a recent re-authentication; the
// new address must be confirmed by a link sent to it (single use, 60 minutes, only its hash stored);
// the old address is told at once and again when the change happens. Whether the new address already
// belongs to an account is not revealed (S3): such a request simply sends nothing.
import { z } from "zod";
import { userActor } from "../../audit/record.ts";
import { env } from "../../config/env.ts";
import type { Context } from "../../context/context.ts";
import { db } from "../../db/client.ts";
import { AppError } from "../../errors.ts";
import { requestEmailDelivery } from "../../jobs/email-jobs.ts";
import { localizedSchema, type LocalizedOutput } from "../../i18n/localized-schema.ts";
import { enqueueEmail } from "../../mail/outbox.ts";
import { recipientLocale } from "../../mail/recipient-locale.ts";
import { consumeAttempt, minutesToWait, RULES } from "../../security/throttle.ts";
import { recordAuthEvent, recordAuthRefusal } from "../auth-audit.ts";
import { requireSignedIn } from "../authorization/authorize.ts";
import { EMAIL_LINK_MESSAGES } from "./messages.ts";
import {
  consumeOneTimeToken,
  inspectOneTimeToken,
  issueOneTimeToken,
  TOKEN_LIFETIME_MS,
} from "./one-time-token.ts";
import { requireRecentReauth } from "../sessions/reauth.ts";
import { notifySecurityChange } from "../security-notice.ts";
import { isUniqueViolation } from "../../db/unique-violation.ts";
import { controllersNaming, trackFacts } from "../../records-of-processing/fact-history.ts";

export const emailChangeInput = localizedSchema((t) =>
  z.strictObject({
    email: z
      .string()
      .trim()
      .toLowerCase()
      .pipe(z.email(t(EMAIL_LINK_MESSAGES.emailInvalid)).max(320)),
  }),
);

export const EMAIL_CHANGE_MINUTES = TOKEN_LIFETIME_MS.EMAIL_CHANGE / 60_000;
const invalidLink = () => new AppError("invalid", EMAIL_LINK_MESSAGES.invalidEmailChangeLink);

export function emailChangeUrl(token: string): string {
  return new URL(`/confirm-email/${token}`, env().APP_URL).toString();
}

/**
 * Sends a confirmation link to the caller's new address. The answer is the same whether or not the
 * address can be used (S3): `email` is the address asked for.
 */
export async function requestEmailChange(
  ctx: Context,
  input: LocalizedOutput<typeof emailChangeInput>,
): Promise<{ email: string }> {
  const signedIn = requireSignedIn(ctx);
  const { actor, request, clock } = signedIn;
  requireRecentReauth(actor, clock);
  if (input.email === actor.email) throw new AppError("invalid", EMAIL_LINK_MESSAGES.sameAddress);
  const audit = { actor: userActor(actor), request, metadata: { newEmail: input.email } };
  // Counted before anything is looked up or sent (S2); refusals are summarised per user (S24).
  const verdict = await consumeAttempt([{ rule: RULES.emailChangeUser, subject: actor.userId }], clock);
  if (verdict.blocked) {
    await recordAuthRefusal(
      actor.userId,
      { ...audit, action: "auth.email_change.throttled" },
      actor.userId,
      clock,
    );
    throw new AppError(
      "rate_limited",
      EMAIL_LINK_MESSAGES.emailChangeThrottled(minutesToWait(verdict.retryAfterMs)),
      {
        retryAfterSeconds: Math.ceil(verdict.retryAfterMs / 1000),
      },
    );
  }
  const taken = await db.user.findUnique({ where: { email: input.email }, select: { id: true } });
  if (taken) {
    await recordAuthEvent(
      actor.userId,
      {
        ...audit,
        action: "auth.email_change.refused",
        metadata: { ...audit.metadata, reason: "email_taken" },
      },
      clock,
    );
    return { email: input.email };
  }
  await db.$transaction(async (tx) => {
    const { id, token } = await issueOneTimeToken(tx, actor.userId, "EMAIL_CHANGE", clock, {
      newEmail: input.email,
    });
    const locale = await recipientLocale(tx, { userId: actor.userId });
    await enqueueEmail(tx, {
      idempotencyKey: `email-change:${id}`,
      sensitive: true,
      to: input.email,
      ...EMAIL_LINK_MESSAGES.emailChangeEmail(
        locale,
        actor.name,
        EMAIL_CHANGE_MINUTES,
        emailChangeUrl(token),
      ),
    });
    await notifySecurityChange(
      tx,
      signedIn,
      { id: actor.userId, email: actor.email, name: actor.name },
      "email.change_requested",
      { detail: EMAIL_LINK_MESSAGES.emailChangePending(input.email) },
    );
  });
  await requestEmailDelivery();
  await recordAuthEvent(actor.userId, { ...audit, action: "auth.email_change.requested" }, clock);
  return { email: input.email };
}

/** Finishes the change with the link from the new address's inbox. Works without being signed in. */
export async function confirmEmailChange(ctx: Context, token: string): Promise<{ email: string }> {
  const { request, clock } = ctx;
  const state = await inspectOneTimeToken(token, "EMAIL_CHANGE", clock);
  if (state.status !== "valid" || !state.newEmail) throw invalidLink();
  const newEmail = state.newEmail;
  const user = await db.user.findUniqueOrThrow({
    where: { id: state.userId },
    select: { id: true, email: true, name: true, disabledAt: true },
  });
  if (user.disabledAt) throw invalidLink();
  try {
    await db.$transaction(async (tx) => {
      if (!(await consumeOneTimeToken(tx, state.id, "EMAIL_CHANGE", clock))) throw invalidLink();
      await trackFacts(tx, await controllersNaming(tx, user.id), clock.now(), () =>
        tx.user.update({ where: { id: user.id }, data: { email: newEmail } }),
      );
      // Other pending links were made for the old address: void them.
      await tx.oneTimeToken.updateMany({
        where: { userId: user.id, usedAt: null },
        data: { usedAt: clock.now() },
      });
      const changed = { id: user.id, email: newEmail, name: user.name };
      const detail = EMAIL_LINK_MESSAGES.emailChanged(user.email, newEmail);
      await notifySecurityChange(tx, ctx, changed, "email.changed", { to: user.email, detail });
      await notifySecurityChange(tx, ctx, changed, "email.changed", { detail });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw invalidLink();
    throw error;
  }
  await requestEmailDelivery();
  await recordAuthEvent(
    user.id,
    {
      actor: { userId: user.id, label: newEmail },
      action: "auth.email.changed",
      target: { type: "User", id: user.id },
      request,
      metadata: { from: user.email, to: newEmail },
    },
    clock,
  );
  return { email: newEmail };
}
