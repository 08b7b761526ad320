// Where Article28 may send a connected system's tasks (SSRF, SECURITY.md): an https URL with a host and no
// user name or password, written only with URI characters (lib/text/https-url.ts) — or plain http on a
// loopback address where loopback is allowed: outside production (the reference connector in `npm run dev`,
// tests), and in production only when the app itself runs on a loopback address (a local test run; the same
// rule as SSO_TEST_AUTHORITY in lib/config/env.ts). The address a host name resolves to is checked again
// when connecting (outbound-http.ts). Not server-only: pure.

const URI_CHARACTERS = /^[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]+$/;
const LOOPBACK_HOSTS = new Set(["127.0.0.1", "localhost", "[::1]"]);
export const MAX_ENDPOINT_URL_LENGTH = 500;

export type EndpointRefusal = "not_a_url" | "not_https" | "credentials" | "fragment";

/** Why `value` may not be a connector endpoint, or null when it may. */
export function endpointUrlRefusal(value: string, loopbackAllowed: boolean): EndpointRefusal | null {
  if (value.length > MAX_ENDPOINT_URL_LENGTH || !URI_CHARACTERS.test(value)) return "not_a_url";
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return "not_a_url";
  }
  if (!url.hostname) return "not_a_url";
  if (url.username || url.password) return "credentials";
  if (url.hash || value.includes("#")) return "fragment";
  if (url.protocol === "https:") return null;
  if (url.protocol === "http:" && loopbackAllowed && LOOPBACK_HOSTS.has(url.hostname)) return null;
  return "not_https";
}

const LOOPBACK_APP_URL = /^https?:\/\/(127\.0\.0\.1|localhost)(:\d+)?\/?$/;

/** Whether connectors may be reached on loopback (plain http, 127.0.0.1): not in a real production. */
export function loopbackAllowed(environment: { NODE_ENV?: string; APP_URL?: string } = process.env): boolean {
  return environment.NODE_ENV !== "production" || LOOPBACK_APP_URL.test(environment.APP_URL ?? "");
}
