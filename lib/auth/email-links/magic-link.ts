import "server-only";
// Passwordless sign-in by emailed link: valid 10 minutes, single use, only the token's hash stored,
// the same answer for known and unknown addresses (S3), throttled per address and per IP (S2).
// Following the link starts the session through startSession, which applies the SSO-required policy
// and leaves any second factor owed (MFA still applies after a link, S8).
import type { Context } from "../../context/context.ts";
import { env } from "../../config/env.ts";
import { db } from "../../db/client.ts";
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
} from "./email-link-request.ts";
import { startSession } from "../sessions/start-session.ts";
import {
  consumeOneTimeToken,
  inspectOneTimeToken,
  issueOneTimeToken,
  TOKEN_LIFETIME_MS,
  type TokenState,
} from "./one-time-token.ts";
import { EMAIL_LINK_MESSAGES } from "./messages.ts";

export const MAGIC_LINK_MINUTES = TOKEN_LIFETIME_MS.MAGIC_LINK / 60_000;

export function magicLinkUrl(token: string): string {
  return new URL(`/magic-link/${token}`, env().APP_URL).toString();
}

async function sendMagicLink(user: LinkRecipient, clock: Clock): Promise<{ tokenId: string }> {
  const issued = await db.$transaction(async (tx) => {
    const { id, token } = await issueOneTimeToken(tx, user.id, "MAGIC_LINK", clock);
    const locale = await recipientLocale(tx, { userId: user.id });
    await enqueueEmail(tx, {
      idempotencyKey: `magic-link:${id}`,
      sensitive: true, // carries a single-use link: sealed at rest, erased after delivery
      to: user.email,
      ...EMAIL_LINK_MESSAGES.magicLinkEmail(locale, user.name, MAGIC_LINK_MINUTES, magicLinkUrl(token)),
    });
    return { id };
  });
  await requestEmailDelivery();
  return { tokenId: issued.id };
}

/** Emails a sign-in link to the address if it has an active account; the answer is the same either way. */
export function requestMagicLink(
  ctx: Context,
  input: EmailLinkRequestInput,
  options: EmailLinkRequestOptions = {},
): Promise<EmailLinkRequestResult> {
  return handleEmailLinkRequest(ctx, "magic_link", input, sendMagicLink, options);
}

/** Whether a link still works, without using it (the page behind the link; GETs never sign in). */
export async function magicLinkStatus(ctx: Context, token: string): Promise<TokenState["status"]> {
  return (await inspectOneTimeToken(token, "MAGIC_LINK", ctx.clock)).status;
}

export type MagicLinkSignInResult =
  | { ok: true; userId: string; sessionId: string; next: "none" | "challenge" | "enrol" }
  | { ok: false; reason: "invalid" | "sso_required" | "account_disabled" };

/** Uses the link (once) and starts a session; the caller sets the cookie and sends the user to /continue. */
export async function signInWithMagicLink(ctx: Context, token: string): Promise<MagicLinkSignInResult> {
  const { request, clock } = ctx;
  const state = await inspectOneTimeToken(token, "MAGIC_LINK", clock);
  const used =
    state.status === "valid" &&
    (await db.$transaction((tx) => consumeOneTimeToken(tx, state.id, "MAGIC_LINK", clock)));
  const user = state.userId
    ? await db.user.findUnique({ where: { id: state.userId }, select: { id: true, email: true } })
    : null;
  const actor = { userId: user?.id ?? null, label: user?.email ?? "(unknown link)" };
  const target = state.id ? { type: "OneTimeToken", id: state.id } : undefined;
  if (!used || !user) {
    // A second use of a valid-looking link loses the compare-and-set: reported as "used".
    const reason = state.status === "valid" ? "used" : state.status;
    // Anyone can send made-up links: summarised per client address and window (S24).
    await recordAuthRefusal(
      user?.id ?? null,
      { actor, action: "auth.magic_link.refused", target, request, metadata: { reason } },
      request.ip ?? "unknown",
      clock,
    );
    return { ok: false, reason: "invalid" };
  }
  await recordAuthEvent(user.id, { actor, action: "auth.magic_link.used", target, request }, clock);
  return startSession(ctx, { userId: user.id, method: "MAGIC_LINK" });
}
