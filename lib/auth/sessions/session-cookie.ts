import "server-only";
// The session cookie: next-auth's name, flags and token format (S9), written outside next-auth's own
// endpoint (magic link, SSO callback, MFA rotation, sign-out) and read on every request. The token's only
// claim that matters is `sid`, the Session row that decides.
import { decode, encode } from "next-auth/jwt";
import { env } from "../../config/env.ts";
import type { CookieJar, CookieOptions } from "../../context/context.ts";
import { cookieMaxAgeSeconds, sessionCookieName } from "./session-cookie-name.ts";

function flags(maxAge: number): CookieOptions {
  return { httpOnly: true, sameSite: "lax", path: "/", secure: env().NODE_ENV === "production", maxAge };
}

export async function setSessionCookie(cookies: CookieJar, userId: string, sessionId: string): Promise<void> {
  const maxAge = cookieMaxAgeSeconds();
  const value = await encode({ token: { sub: userId, sid: sessionId }, secret: env().AUTH_SECRET, maxAge });
  cookies.set(sessionCookieName(), value, flags(maxAge));
}

export function clearSessionCookie(cookies: CookieJar): void {
  cookies.set(sessionCookieName(), "", flags(0));
}

/** The session id the cookie names, if its signature checks out. */
export async function sessionIdFromCookie(cookies: CookieJar): Promise<string | null> {
  const token = cookies.get(sessionCookieName());
  if (!token) return null;
  const claims = await decode({ token, secret: env().AUTH_SECRET }).catch(() => null);
  return typeof claims?.sid === "string" ? claims.sid : null;
}
