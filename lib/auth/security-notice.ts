import "server-only";
// Tells a user by email that a security setting of their account changed (SECURITY.md S6): password,
// email address, two-factor authentication, backup codes, connected Microsoft accounts. Written to the outbox inside the
// transaction that makes the change, so the notice exists exactly when the change does. A notice
// names what changed, when (in the user's time zone, named) and from where; it never contains a secret
// (password, code, key, token).
import { randomUUID } from "node:crypto";
import type { RequestMeta } from "../audit/record.ts";
import { env } from "../config/env.ts";
import type { Tx } from "../db/client.ts";
import { formatInstant } from "../i18n/format.ts";
import type { Locale } from "../i18n/locale.ts";
import { localize, type Text } from "../i18n/text.ts";
import { greeting } from "../mail/greeting.ts";
import { enqueueEmail } from "../mail/outbox.ts";
import { recipientLocale } from "../mail/recipient-locale.ts";
import { toSingleLine } from "../text/single-line.ts";
import type { Clock } from "../time/clock.ts";
import { recipientTimeZone } from "../time/recipient-time-zone.ts";
import { SECURITY_NOTICE_MESSAGES as M } from "./messages.ts";

export type SecurityChange =
  | "password.changed"
  | "password.reset"
  | "email.change_requested"
  | "email.changed"
  | "mfa.enabled"
  | "mfa.disabled"
  | "mfa.reset"
  | "mfa.backup_codes.regenerated"
  | "mfa.backup_code.used"
  | "sso.linked"
  | "sso.unlinked";

export type SecurityNoticeOptions = {
  /** Another recipient, e.g. the previous address after an email change. Defaults to user.email. */
  to?: string;
  /** One extra line of facts (e.g. how many backup codes remain), in each language. Never a secret. */
  detail?: Text;
};

/** Where and when the change was asked for: the request's address and browser help the user recognise it. */
export type NoticeOrigin = { request: RequestMeta | null; clock: Clock };

/** Enqueues the notice in `tx`; call requestEmailDelivery() after the transaction commits. */
export async function notifySecurityChange(
  tx: Tx,
  origin: NoticeOrigin,
  user: { id: string; email: string; name?: string | null },
  what: SecurityChange,
  options: SecurityNoticeOptions = {},
): Promise<void> {
  const notice = M.notices[what];
  // In the language the user reads (their choice, else their organisation's): lib/mail/recipient-locale.ts.
  const locale = await recipientLocale(tx, { userId: user.id });
  const timeZone = await recipientTimeZone(tx, { userId: user.id });
  const t = (text: Text) => localize(text, locale);
  await enqueueEmail(tx, {
    idempotencyKey: `security-notice:${what}:${user.id}:${randomUUID()}`,
    to: options.to ?? user.email,
    subject: t(notice.subject),
    text: securityNoticeText(locale, user, t(notice.happened), {
      ...origin,
      timeZone,
      detail: options.detail && t(options.detail),
    }),
  });
}

export function securityNoticeText(
  locale: Locale,
  user: { name?: string | null },
  happened: string,
  options: NoticeOrigin & { timeZone: string; detail?: string },
): string {
  const t = (text: Text) => localize(text, locale);
  const when = formatInstant(locale, options.clock.now(), options.timeZone);
  const where = [
    options.request?.ip ? t(M.fromIp(options.request.ip)) : null,
    options.request?.userAgent ? t(M.fromBrowser(options.request.userAgent)) : null,
  ]
    .filter(Boolean)
    .join(", ");
  return [
    greeting(locale, user.name),
    "",
    happened,
    options.detail === undefined ? null : toSingleLine(options.detail, 300),
    "",
    t(M.when(when)),
    where ? t(M.from(where)) : null,
    "",
    t(M.ifYou),
    t(M.ifNotYou(new URL("/reset-password", env().APP_URL).toString())),
    "",
    t(M.automatic),
  ]
    .filter((line): line is string => line !== null)
    .join("\n");
}
