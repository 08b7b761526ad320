import "server-only";
// Passwordless sign-in by emailed link: valid 10 minutes, single use, only the token's hash stored,
// the same answer for known and unknown addresses (S3), throttled per address and per IP (S2).
// Following the link starts the session through startSession, which applies the SSO-required policy
// and leaves any second factor owed (MFA still applies after a link, S8).
import type { RequestMeta } from "../../audit/record.ts";
import { env } from "../../config/env.ts";
import { db } from "../../db/client.ts";
import { requestEmailDelivery } from "../../jobs/email-jobs.ts";
import { enqueueEmail } from "../../mail/outbox.ts";
import { systemClock, type Clock } from "../../time/clock.ts";
import { recordAuthEvent } from "../auth-audit.ts";
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

export const MAGIC_LINK_MINUTES = TOKEN_LIFETIME_MS.MAGIC_LINK / 60_000;
/** The one answer to every request that was not throttled, whether or not the address has an account (S3). */
export const MAGIC_LINK_SENT = `Check your email. If an account exists for that address, a sign-in link is on its way. It works once, within ${MAGIC_LINK_MINUTES} minutes.`;

export function magicLinkUrl(token: string): string {
  return new URL(`/magic-link/${token}`, env().APP_URL).toString();
}

async function sendMagicLink(user: LinkRecipient, clock: Clock): Promise<{ tokenId: string }> {
  const issued = await db.$transaction(async (tx) => {
    const { id, token } = await issueOneTimeToken(tx, user.id, "MAGIC_LINK", clock);
    await enqueueEmail(tx, {
      idempotencyKey: `magic-link:${id}`,
      sensitive: true, // carries a single-use link: sealed at rest, erased after delivery
      to: user.email,
      subject: "Your sign-in link",
      text: [
        `Hello ${user.name || "there"},`,
        "",
        `Someone, hopefully you, asked for a link to sign in with this email address. Open it within ${MAGIC_LINK_MINUTES} minutes to sign in:`,
        "",
        magicLinkUrl(token),
        "",
        "The link works once. If you did not ask for it, ignore this email: nobody can sign in without it.",
      ].join("\n"),
    });
    return { id };
  });
  await requestEmailDelivery();
  return { tokenId: issued.id };
}

/** Emails a sign-in link to the address if it has an active account; the answer is the same either way. */
export function requestMagicLink(
  input: EmailLinkRequestInput,
  request: RequestMeta,
  options: EmailLinkRequestOptions = {},
): Promise<EmailLinkRequestResult> {
  return handleEmailLinkRequest("magic_link", input, request, sendMagicLink, options);
}

/** Whether a link still works, without using it (the page behind the link; GETs never sign in). */
export async function magicLinkStatus(
  token: string,
  clock: Clock = systemClock,
): Promise<TokenState["status"]> {
  return (await inspectOneTimeToken(token, "MAGIC_LINK", clock)).status;
}

export type MagicLinkSignInResult =
  | { ok: true; userId: string; sessionId: string; next: "none" | "challenge" | "enrol" }
  | { ok: false; reason: "invalid" | "sso_required" | "account_disabled" };

/** Uses the link (once) and starts a session; the caller sets the cookie and sends the user to /continue. */
export async function signInWithMagicLink(
  token: string,
  request: RequestMeta,
  clock: Clock = systemClock,
): Promise<MagicLinkSignInResult> {
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
    await recordAuthEvent(
      user?.id ?? null,
      { actor, action: "auth.magic_link.refused", target, request, metadata: { reason } },
      clock,
    );
    return { ok: false, reason: "invalid" };
  }
  await recordAuthEvent(user.id, { actor, action: "auth.magic_link.used", target, request }, clock);
  return startSession({ userId: user.id, method: "MAGIC_LINK", request }, clock);
}
