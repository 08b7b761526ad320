import "server-only";
// Writes and clears the session cookie outside next-auth's own endpoint (magic link, SSO callback,
// MFA rotation, sign-out). Same name, flags and token format as next-auth's (S9).
import { encode } from "next-auth/jwt";
import { cookies } from "next/headers";
import { env } from "../../config/env.ts";
import { cookieMaxAgeSeconds, sessionCookieName } from "./session-cookie-name.ts";

function flags() {
  return { httpOnly: true, sameSite: "lax" as const, path: "/", secure: env().NODE_ENV === "production" };
}

export async function setSessionCookie(userId: string, sessionId: string): Promise<void> {
  const maxAge = cookieMaxAgeSeconds();
  const value = await encode({ token: { sub: userId, sid: sessionId }, secret: env().AUTH_SECRET, maxAge });
  (await cookies()).set(sessionCookieName(), value, { ...flags(), maxAge });
}

export async function clearSessionCookie(): Promise<void> {
  (await cookies()).set(sessionCookieName(), "", { ...flags(), maxAge: 0 });
}
