import "server-only";
// What magic-link and password-reset requests share: the email input, throttling per address and per
// IP (S2), and the rule that the answer never depends on whether the address has an account (S3).
// Throttled requests are summarised per client address and window in the audit log (S24).
// The caller gets its answer after the throttle check alone; looking the account up, writing the
// token and the email happen afterwards (`afterResponse`, Next's after() in the app), so neither the
// response nor its timing differs for known and unknown addresses.
import { z } from "zod";
import type { Context } from "../../context/context.ts";
import { db } from "../../db/client.ts";
import { localizedSchema, type LocalizedOutput } from "../../i18n/localized-schema.ts";
import { consumeAttempt, minutesToWait, RULES, type ThrottleKey } from "../../security/throttle.ts";
import type { Clock } from "../../time/clock.ts";
import { recordAuthEvent, recordAuthRefusal } from "../auth-audit.ts";
import { EMAIL_LINK_MESSAGES } from "./messages.ts";

export const emailLinkRequestInput = localizedSchema((t) =>
  z.strictObject({
    email: z.string().trim().toLowerCase().email(t(EMAIL_LINK_MESSAGES.emailRequired)).max(320),
  }),
);
export type EmailLinkRequestInput = LocalizedOutput<typeof emailLinkRequestInput>;

/** The same for every address that was not throttled: nothing here depends on the account. */
export type EmailLinkRequestResult = { status: "accepted" } | { status: "throttled"; minutes: number };

/** Runs work after the response has been sent. Tests run it at once (the default). */
export type AfterResponse = (task: () => Promise<void>) => void | Promise<void>;
export const runAtOnce: AfterResponse = (task) => task();

export type EmailLinkRequestOptions = { afterResponse?: AfterResponse };

export function emailLinkThrottleKeys(email: string, ip: string | null): ThrottleKey[] {
  return [
    { rule: RULES.emailLinkAccount, subject: email },
    { rule: RULES.emailLinkIp, subject: ip ?? "unknown" },
  ];
}

export type LinkRecipient = { id: string; email: string; name: string };
type Eligibility =
  | { user: LinkRecipient; refusal: null }
  | { user: LinkRecipient | null; refusal: "unknown_email" | "account_disabled" | "sso_required" };

/** Whether an emailed link may be sent to this address (an active account that may sign in without SSO). */
async function eligibleRecipient(email: string): Promise<Eligibility> {
  const user = await db.user.findUnique({
    where: { email },
    select: {
      id: true,
      email: true,
      name: true,
      disabledAt: true,
      staffRoles: { select: { role: true }, take: 1 },
      memberships: { where: { organization: { ssoRequired: true } }, select: { id: true }, take: 1 },
    },
  });
  if (!user) return { user: null, refusal: "unknown_email" };
  const recipient = { id: user.id, email: user.email, name: user.name };
  if (user.disabledAt) return { user: recipient, refusal: "account_disabled" };
  if (user.staffRoles.length === 0 && user.memberships.length > 0)
    return { user: recipient, refusal: "sso_required" };
  return { user: recipient, refusal: null };
}

/**
 * The common request flow. `kind` names the audit events (`auth.<kind>.requested`, `.throttled`);
 * `send` writes the token and the email for an eligible account and returns the token row's id.
 */
export async function handleEmailLinkRequest(
  ctx: Context,
  kind: "magic_link" | "password_reset",
  input: EmailLinkRequestInput,
  send: (user: LinkRecipient, clock: Clock) => Promise<{ tokenId: string }>,
  options: EmailLinkRequestOptions = {},
): Promise<EmailLinkRequestResult> {
  const { request, clock } = ctx;
  const email = input.email;
  const verdict = await consumeAttempt(emailLinkThrottleKeys(email, request.ip), clock);
  if (verdict.blocked) {
    // Summarised per address (S24): a client cycling through addresses is still one subject.
    await recordAuthRefusal(
      null,
      {
        actor: { userId: null, label: email },
        action: `auth.${kind}.throttled`,
        request,
        metadata: { email },
      },
      request.ip ?? "unknown",
      clock,
    );
    return { status: "throttled", minutes: minutesToWait(verdict.retryAfterMs) };
  }
  await (options.afterResponse ?? runAtOnce)(async () => {
    const { user, refusal } = await eligibleRecipient(email);
    const sent = refusal === null && user ? await send(user, clock) : null;
    await recordAuthEvent(
      user?.id ?? null,
      {
        actor: { userId: user?.id ?? null, label: email },
        action: `auth.${kind}.requested`,
        target: sent ? { type: "OneTimeToken", id: sent.tokenId } : undefined,
        request,
        metadata: { email, sent: Boolean(sent), ...(refusal ? { reason: refusal } : {}) },
      },
      clock,
    );
  });
  return { status: "accepted" };
}
