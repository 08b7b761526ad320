import "server-only";
// Tells a user by email that a security setting of their account changed (SECURITY.md S6): password,
// email address, two-factor authentication, backup codes, connected Microsoft accounts. Written to the outbox inside the
// transaction that makes the change, so the notice exists exactly when the change does. A notice
// names what changed, when and from where; it never contains a secret (password, code, key, token).
import { randomUUID } from "node:crypto";
import type { RequestMeta } from "../audit/record.ts";
import { env } from "../config/env.ts";
import type { Tx } from "../db/client.ts";
import { enqueueEmail } from "../mail/outbox.ts";
import { systemClock, type Clock } from "../time/clock.ts";

export type SecurityChange =
  | "password.changed"
  | "password.reset"
  | "email.change_requested"
  | "email.changed"
  | "mfa.enabled"
  | "mfa.disabled"
  | "mfa.backup_codes.regenerated"
  | "mfa.backup_code.used"
  | "sso.linked"
  | "sso.unlinked";

const NOTICES: Record<SecurityChange, { subject: string; happened: string }> = {
  "password.changed": {
    subject: "Your password was changed",
    happened: "The password of your account was changed.",
  },
  "password.reset": {
    subject: "Your password was reset",
    happened: "The password of your account was reset through an emailed link.",
  },
  "email.change_requested": {
    subject: "A change of your sign-in email address was requested",
    happened:
      "Someone signed in to your account asked to change the email address you sign in with. Nothing changes until the new address is confirmed.",
  },
  "email.changed": {
    subject: "Your sign-in email address was changed",
    happened: "The email address you sign in with was changed.",
  },
  "mfa.enabled": {
    subject: "Two-factor authentication was turned on",
    happened: "Two-factor authentication was turned on for your account.",
  },
  "mfa.disabled": {
    subject: "Two-factor authentication was turned off",
    happened: "Two-factor authentication was turned off for your account.",
  },
  "mfa.backup_codes.regenerated": {
    subject: "New backup codes were created",
    happened: "A new set of backup codes was created for your account. The previous codes no longer work.",
  },
  "mfa.backup_code.used": {
    subject: "A backup code was used to sign in",
    happened: "One of your backup codes was used to sign in to your account.",
  },
  "sso.linked": {
    subject: "A Microsoft account was connected to your account",
    happened:
      "A Microsoft account was connected to your account. It can now be used to sign in to your account.",
  },
  "sso.unlinked": {
    subject: "A Microsoft account was disconnected from your account",
    happened:
      "A Microsoft account was disconnected from your account. It can no longer be used to sign in to your account.",
  },
};

export type SecurityNoticeOptions = {
  /** Where the request came from (shown to help the user recognise it). */
  request?: RequestMeta | null;
  clock?: Clock;
  /** Another recipient, e.g. the previous address after an email change. Defaults to user.email. */
  to?: string;
  /** One extra line of facts (e.g. how many backup codes remain). Never a secret. */
  detail?: string;
};

/** Enqueues the notice in `tx`; call requestEmailDelivery() after the transaction commits. */
export async function notifySecurityChange(
  tx: Tx,
  user: { id: string; email: string; name?: string | null },
  what: SecurityChange,
  options: SecurityNoticeOptions = {},
): Promise<void> {
  const notice = NOTICES[what];
  await enqueueEmail(tx, {
    idempotencyKey: `security-notice:${what}:${user.id}:${randomUUID()}`,
    to: options.to ?? user.email,
    subject: notice.subject,
    text: securityNoticeText(user, notice.happened, { ...options, clock: options.clock ?? systemClock }),
  });
}

export function securityNoticeText(
  user: { name?: string | null },
  happened: string,
  options: SecurityNoticeOptions & { clock: Clock },
): string {
  const when = new Intl.DateTimeFormat("en-GB", {
    dateStyle: "long",
    timeStyle: "short",
    timeZone: "UTC",
  }).format(options.clock.now());
  const where = [
    options.request?.ip ? `IP address ${plain(options.request.ip, 64)}` : null,
    options.request?.userAgent ? `browser "${plain(options.request.userAgent, 160)}"` : null,
  ]
    .filter(Boolean)
    .join(", ");
  return [
    `Hello ${plain(user.name ?? "", 120) || "there"},`,
    "",
    happened,
    options.detail ?? null,
    "",
    `When: ${when} (UTC)`,
    where ? `From: ${where}` : null,
    "",
    "If this was you, there is nothing else to do.",
    `If it was not you, reset your password at ${new URL("/reset-password", env().APP_URL).toString()} straight away and tell your administrator.`,
    "",
    "This notice was sent automatically for your security.",
  ]
    .filter((line): line is string => line !== null)
    .join("\n");
}

/** Text from a request header, safe to put in an email: no control characters, bounded length. */
function plain(value: string, max: number): string {
  return value.replace(/[\u0000-\u001f\u007f-\u009f]/g, " ").slice(0, max);
}
