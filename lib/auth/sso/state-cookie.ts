import "server-only";
// Binds a Microsoft sign-in to the browser that started it: the state also goes into an HttpOnly
// cookie, and the callback accepts only the state this browser holds. Without it, an attacker could
// send someone a callback link carrying the attacker's own code and sign them in as the attacker
// (login CSRF). SameSite=Lax: the cookie comes along on the top-level redirect back from Microsoft.
import { env } from "../../config/env.ts";
import type { CookieJar, CookieOptions } from "../../context/context.ts";
import { SSO_REQUEST_TTL_MS } from "./start.ts";

export function ssoStateCookieName(): string {
  return env().NODE_ENV === "production" ? "__Host-a28.sso-state" : "a28.sso-state";
}

const flags = (maxAge: number): CookieOptions => ({
  httpOnly: true,
  sameSite: "lax",
  path: "/",
  secure: env().NODE_ENV === "production",
  maxAge,
});

export function setSsoStateCookie(cookies: CookieJar, state: string): void {
  cookies.set(ssoStateCookieName(), state, flags(Math.floor(SSO_REQUEST_TTL_MS / 1000)));
}

/** The state this browser started, and forgets it (a state is used once). */
export function takeSsoStateCookie(cookies: CookieJar): string | null {
  const value = cookies.get(ssoStateCookieName()) ?? null;
  if (value !== null) cookies.set(ssoStateCookieName(), "", flags(0));
  return value;
}
