import "server-only";
// Password reset by emailed link: valid 30 minutes, single use, only the token's hash stored, the same
// answer for known and unknown addresses (S3), throttled (S2). A reset never signs anyone in: every
// session of the account ends and the user signs in again with the new password, where any second
// factor still applies (S6). The user gets a security notice by email.
import { env } from "../../config/env.ts";
import type { Context } from "../../context/context.ts";
import { db } from "../../db/client.ts";
import { AppError } from "../../errors.ts";
import { requestEmailDelivery } from "../../jobs/email-jobs.ts";
import { enqueueEmail } from "../../mail/outbox.ts";
import { recipientLocale } from "../../mail/recipient-locale.ts";
import type { Clock } from "../../time/clock.ts";
import { recordAuthEvent, recordAuthRefusal } from "../auth-audit.ts";
import {
  handleEmailLinkRequest,
  type EmailLinkRequestInput,
  type EmailLinkRequestOptions,
  type EmailLinkRequestResult,
  type LinkRecipient,
} from "../email-links/email-link-request.ts";
import {
  consumeOneTimeToken,
  inspectOneTimeToken,
  issueOneTimeToken,
  TOKEN_LIFETIME_MS,
  voidOneTimeTokens,
  type TokenState,
} from "../email-links/one-time-token.ts";
import { notifySecurityChange } from "../security-notice.ts";
import { revokeUserSessions } from "../sessions/session-store.ts";
import { PASSWORD_MESSAGES } from "./messages.ts";
import { hashPassword } from "./password-hash.ts";
import { assertAcceptablePassword } from "./password-policy.ts";

export const PASSWORD_RESET_MINUTES = TOKEN_LIFETIME_MS.PASSWORD_RESET / 60_000;

export function passwordResetUrl(token: string): string {
  return new URL(`/reset-password/${token}`, env().APP_URL).toString();
}

async function sendResetLink(user: LinkRecipient, clock: Clock): Promise<{ tokenId: string }> {
  const issued = await db.$transaction(async (tx) => {
    const { id, token } = await issueOneTimeToken(tx, user.id, "PASSWORD_RESET", clock);
    const locale = await recipientLocale(tx, { userId: user.id });
    await enqueueEmail(tx, {
      idempotencyKey: `password-reset:${id}`,
      sensitive: true, // carries a single-use link: sealed at rest, erased after delivery
      to: user.email,
      ...PASSWORD_MESSAGES.resetEmail(locale, user.name, PASSWORD_RESET_MINUTES, passwordResetUrl(token)),
    });
    return { id };
  });
  await requestEmailDelivery();
  return { tokenId: issued.id };
}

/** Emails a reset link if the address has an active account; the answer is the same either way. */
export function requestPasswordReset(
  ctx: Context,
  input: EmailLinkRequestInput,
  options: EmailLinkRequestOptions = {},
): Promise<EmailLinkRequestResult> {
  return handleEmailLinkRequest(ctx, "password_reset", input, sendResetLink, options);
}

/** Whether a reset link still works, without using it. */
export async function passwordResetStatus(ctx: Context, token: string): Promise<TokenState["status"]> {
  return (await inspectOneTimeToken(token, "PASSWORD_RESET", ctx.clock)).status;
}

/**
 * Sets a new password with a reset link. The link is used only once the new password passes the
 * policy, so a refused password does not waste it. Signs nobody in; ends every session of the user.
 */
export async function resetPassword(
  ctx: Context,
  input: { token: string; password: string },
): Promise<{ sessionsRevoked: number }> {
  const { request, clock } = ctx;
  const state = await inspectOneTimeToken(input.token, "PASSWORD_RESET", clock);
  const user = state.userId
    ? await db.user.findUnique({
        where: { id: state.userId },
        select: { id: true, email: true, name: true, disabledAt: true },
      })
    : null;
  const actor = { userId: user?.id ?? null, label: user?.email ?? "(unknown link)" };
  const target = state.id ? { type: "OneTimeToken", id: state.id } : undefined;
  const refuse = async (reason: string) => {
    // Anyone can send made-up links: summarised per client address and window (S24).
    await recordAuthRefusal(
      user?.id ?? null,
      { actor, action: "auth.password_reset.refused", target, request, metadata: { reason } },
      request.ip ?? "unknown",
      clock,
    );
    return new AppError("invalid", PASSWORD_MESSAGES.invalidResetLink);
  };
  if (state.status !== "valid" || !user) throw await refuse(state.status);
  if (user.disabledAt) throw await refuse("account_disabled");

  await assertAcceptablePassword(input.password, user);
  const passwordHash = await hashPassword(input.password);

  const done = await db.$transaction(async (tx) => {
    if (!(await consumeOneTimeToken(tx, state.id, "PASSWORD_RESET", clock))) return false;
    const now = clock.now();
    await tx.credential.upsert({
      where: { userId: user.id },
      create: { userId: user.id, passwordHash, passwordChangedAt: now },
      update: { passwordHash, passwordChangedAt: now },
    });
    await voidOneTimeTokens(tx, user.id, clock);
    await notifySecurityChange(tx, ctx, user, "password.reset");
    return true;
  });
  if (!done) throw await refuse("used");

  const sessionsRevoked = await revokeUserSessions(user.id, "password_reset", { clock });
  await recordAuthEvent(
    user.id,
    { actor, action: "auth.password_reset.completed", target, request, metadata: { sessionsRevoked } },
    clock,
  );
  await requestEmailDelivery();
  return { sessionsRevoked };
}
