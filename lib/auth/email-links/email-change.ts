import "server-only";
// Changing the email address you sign in with (SECURITY.md S6): needs a recent re-authentication; the
// new address must be confirmed by a link sent to it (single use, 60 minutes, only its hash stored);
// the old address is told at once and again when the change happens. Whether the new address already
// belongs to an account is not revealed (S3): such a request simply sends nothing.
import { z } from "zod";
import { type RequestMeta, userActor } from "../../audit/record.ts";
import { env } from "../../config/env.ts";
import { db } from "../../db/client.ts";
import { requestEmailDelivery } from "../../jobs/email-jobs.ts";
import { enqueueEmail } from "../../mail/outbox.ts";
import { systemClock, type Clock } from "../../time/clock.ts";
import type { Actor } from "../sessions/actor.ts";
import { recordAuthEvent } from "../auth-audit.ts";
import { UserFacingError } from "../../errors.ts";
import {
  consumeOneTimeToken,
  inspectOneTimeToken,
  issueOneTimeToken,
  TOKEN_LIFETIME_MS,
} from "./one-time-token.ts";
import { requireRecentReauth } from "../sessions/reauth.ts";
import { notifySecurityChange } from "../security-notice.ts";
import { isUniqueViolation } from "../../db/unique-violation.ts";

export const emailChangeInput = z.strictObject({
  email: z.string().trim().toLowerCase().pipe(z.email("Enter a valid email address.").max(320)),
});

const MINUTES = TOKEN_LIFETIME_MS.EMAIL_CHANGE / 60_000;
export const EMAIL_CHANGE_SENT = (email: string) =>
  `If ${email} can be used, a confirmation link is on its way to it. Open it within ${MINUTES} minutes to finish the change.`;
export const INVALID_EMAIL_CHANGE_LINK =
  "This confirmation link is no longer valid: it has expired, was already used, or the address is taken.";

export function emailChangeUrl(token: string): string {
  return new URL(`/confirm-email/${token}`, env().APP_URL).toString();
}

export async function requestEmailChange(
  actor: Actor,
  input: z.infer<typeof emailChangeInput>,
  request: RequestMeta,
  clock: Clock = systemClock,
): Promise<string> {
  requireRecentReauth(actor, clock);
  if (input.email === actor.email) throw new UserFacingError("That is already the address you sign in with.");
  const taken = await db.user.findUnique({ where: { email: input.email }, select: { id: true } });
  const audit = { actor: userActor(actor), request, metadata: { newEmail: input.email } };
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
    return EMAIL_CHANGE_SENT(input.email);
  }
  await db.$transaction(async (tx) => {
    const { id, token } = await issueOneTimeToken(tx, actor.userId, "EMAIL_CHANGE", clock, {
      newEmail: input.email,
    });
    await enqueueEmail(tx, {
      idempotencyKey: `email-change:${id}`,
      sensitive: true,
      to: input.email,
      subject: "Confirm your new sign-in email address",
      text: [
        `Hello ${actor.name},`,
        "",
        `To sign in with this address from now on, open this link within ${MINUTES} minutes:`,
        "",
        emailChangeUrl(token),
        "",
        "The link works once. If you did not ask for this, ignore this email.",
      ].join("\n"),
    });
    await notifySecurityChange(
      tx,
      { id: actor.userId, email: actor.email, name: actor.name },
      "email.change_requested",
      {
        request,
        clock,
        detail: `New address (not yet confirmed): ${input.email}`,
      },
    );
  });
  await requestEmailDelivery();
  await recordAuthEvent(actor.userId, { ...audit, action: "auth.email_change.requested" }, clock);
  return EMAIL_CHANGE_SENT(input.email);
}

/** Finishes the change with the link from the new address's inbox. Works without being signed in. */
export async function confirmEmailChange(
  token: string,
  request: RequestMeta,
  clock: Clock = systemClock,
): Promise<{ email: string }> {
  const state = await inspectOneTimeToken(token, "EMAIL_CHANGE", clock);
  if (state.status !== "valid" || !state.newEmail) throw new UserFacingError(INVALID_EMAIL_CHANGE_LINK);
  const newEmail = state.newEmail;
  const user = await db.user.findUniqueOrThrow({
    where: { id: state.userId },
    select: { id: true, email: true, name: true, disabledAt: true },
  });
  if (user.disabledAt) throw new UserFacingError(INVALID_EMAIL_CHANGE_LINK);
  try {
    await db.$transaction(async (tx) => {
      if (!(await consumeOneTimeToken(tx, state.id, "EMAIL_CHANGE", clock)))
        throw new UserFacingError(INVALID_EMAIL_CHANGE_LINK);
      await tx.user.update({ where: { id: user.id }, data: { email: newEmail } });
      // Other pending links were made for the old address: void them.
      await tx.oneTimeToken.updateMany({
        where: { userId: user.id, usedAt: null },
        data: { usedAt: clock.now() },
      });
      const changed = { id: user.id, email: newEmail, name: user.name };
      const detail = `Previous address: ${user.email}. New address: ${newEmail}.`;
      await notifySecurityChange(tx, changed, "email.changed", { request, clock, to: user.email, detail });
      await notifySecurityChange(tx, changed, "email.changed", { request, clock, detail });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new UserFacingError(INVALID_EMAIL_CHANGE_LINK);
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
