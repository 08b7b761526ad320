import { env } from "../../config/env.ts";

/** `__Host-` needs Secure, so it is used in production only; development runs on plain http (S9). */
export const SESSION_COOKIE_NAMES = { production: "__Host-a28.session", development: "a28.session" } as const;

export function sessionCookieName(): string {
  return env().NODE_ENV === "production" ? SESSION_COOKIE_NAMES.production : SESSION_COOKIE_NAMES.development;
}

/** Session lifetime bound for the signed cookie; the Session row's own expiry is what counts. */
export function cookieMaxAgeSeconds(): number {
  const e = env();
  return Math.max(e.SESSION_ABSOLUTE_HOURS_CUSTOMER, e.SESSION_ABSOLUTE_HOURS_STAFF) * 3600;
}
