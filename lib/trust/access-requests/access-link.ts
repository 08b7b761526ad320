import "server-only";
// The requester's personal page: APP_URL/<locale>/documents/access/<token>. The token exists only in
// the approval email; the request stores its SHA-256. A later approval issues a new token and
// replaces the hash, so only the newest emailed link works.
import { env } from "../../config/env.ts";
import { hashToken, newToken } from "../../crypto/token.ts";
import type { Locale } from "../../i18n/locale.ts";

export function newAccessToken(): { token: string; hash: string } {
  const token = newToken();
  return { token, hash: hashToken(token) };
}

export function accessPageUrl(locale: Locale, token: string): string {
  return `${env().APP_URL.replace(/\/+$/, "")}/${locale}/documents/access/${token}`;
}

export function accessReviewUrl(): string {
  return `${env().APP_URL.replace(/\/+$/, "")}/admin/trust/access-requests`;
}
