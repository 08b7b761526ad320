import "server-only";
// next-auth 4 (see docs/decisions/0001-next-auth-4.md): Credentials provider with a JWT cookie whose only
// claim that matters is `sid`, the id of a server-side Session row checked on every request.
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { env } from "../../config/env.ts";
import type { Context } from "../../context/context.ts";
import { requestMetaFrom } from "../../context/request-meta.ts";
import { providerTimeZone } from "../../provider/default-time-zone.ts";
import { minutesToWait } from "../../security/throttle.ts";
import { systemClock } from "../../time/clock.ts";
import { SIGN_IN_ERRORS } from "../passwords/messages.ts";
import { signInWithPassword } from "../passwords/password-sign-in.ts";
import { cookieMaxAgeSeconds, sessionCookieName } from "./session-cookie-name.ts";
import { validateSession } from "./session-store.ts";

export function authOptions(): NextAuthOptions {
  const config = env();
  const secure = config.NODE_ENV === "production";
  const maxAge = cookieMaxAgeSeconds();
  return {
    secret: config.AUTH_SECRET,
    session: { strategy: "jwt", maxAge },
    jwt: { maxAge },
    useSecureCookies: secure,
    cookies: {
      sessionToken: {
        name: sessionCookieName(),
        options: { httpOnly: true, sameSite: "lax", path: "/", secure },
      },
    },
    pages: { signIn: "/sign-in", error: "/sign-in" },
    logger: {
      error(code, metadata) {
        if (code === "JWT_SESSION_ERROR" && metadata instanceof SessionEndedError) return; // expected: signed out
        console.error(`[next-auth] ${code}`, metadata);
      },
      warn(code) {
        console.warn(`[next-auth] ${code}`);
      },
      debug() {},
    },
    providers: [
      CredentialsProvider({
        id: "credentials",
        name: "Email and password",
        credentials: { email: { type: "email" }, password: { type: "password" } },
        async authorize(credentials, req) {
          const result = await signInWithPassword(await credentialsContext(req.headers), {
            email: credentials?.email,
            password: credentials?.password,
          });
          if (result.ok) return { id: result.userId, sid: result.sessionId };
          // next-auth passes an error's message to the client as the `error` code.
          if (result.reason === "throttled")
            throw new Error(`${SIGN_IN_ERRORS.throttled}:${minutesToWait(result.retryAfterMs)}`);
          if (result.reason === "sso_required") throw new Error(SIGN_IN_ERRORS.ssoRequired);
          return null;
        },
      }),
    ],
    callbacks: {
      // Every later use of the token (e.g. GET /api/auth/session) re-checks its Session row; throwing
      // makes next-auth clear the cookie and answer as signed out (S10).
      async jwt({ token, user }) {
        if (user && "sid" in user) return { sub: user.id, sid: user.sid };
        const live = typeof token.sid === "string" ? await validateSession(token.sid) : null;
        if (!live) throw new SessionEndedError();
        return token;
      },
      // The client-side session exposes nothing beyond "signed in"; pages read the Session row.
      session({ session }) {
        return { expires: session.expires };
      },
    },
  };
}

/**
 * The anonymous caller of next-auth's credentials endpoint. next-auth writes the session cookie itself
 * from what `authorize` returns, so the domain is given no cookies to set.
 */
async function credentialsContext(raw: Record<string, unknown> | undefined): Promise<Context> {
  const headers = new Headers();
  for (const [key, value] of Object.entries(raw ?? {}))
    if (typeof value === "string") headers.set(key, value);
  return {
    actor: null,
    request: requestMetaFrom(headers),
    clock: systemClock,
    cookies: {
      get: () => undefined,
      set: () => {
        throw new Error("next-auth sets the session cookie of a password sign-in itself");
      },
    },
    locale: "en",
    timeZone: await providerTimeZone(),
  };
}

class SessionEndedError extends Error {
  constructor() {
    super("The session was revoked or has expired");
    this.name = "SessionEndedError";
  }
}
