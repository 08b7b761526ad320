import "server-only";
// The links a subscriber receives: the confirmation page, the unsubscribe page, and the one-click
// unsubscribe endpoint mail providers call (RFC 8058), all under APP_URL.
import { env } from "../../config/env.ts";
import { localizedPath, type Locale } from "../../i18n/locale.ts";

const absolute = (path: string) => new URL(path, env().APP_URL).toString();

export function confirmationUrl(locale: Locale, token: string): string {
  return absolute(localizedPath(locale, `/subscriptions/confirm/${token}`));
}

export function unsubscribePageUrl(locale: Locale, token: string): string {
  return absolute(localizedPath(locale, `/subscriptions/unsubscribe/${token}`));
}

export function oneClickUnsubscribeUrl(token: string): string {
  return absolute(`/api/subscriptions/unsubscribe?token=${encodeURIComponent(token)}`);
}

export function subprocessorsPageUrl(locale: Locale): string {
  return absolute(localizedPath(locale, "/subprocessors"));
}

/** RFC 2369 + RFC 8058 headers: mail clients show an "Unsubscribe" button that POSTs to us. */
export function listUnsubscribeHeaders(token: string): Record<string, string> {
  return {
    "List-Unsubscribe": `<${oneClickUnsubscribeUrl(token)}>`,
    "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
  };
}
