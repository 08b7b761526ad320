import "server-only";
// next-auth 4 (see docs/decisions/0001-next-auth-4.md): Credentials provider with a JWT cookie whose only
// claim that matters is `sid`, the id of a server-side Session row checked on every request.
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { env } from "../config/env.ts";
import { requestMetaFrom } from "./request-context.ts";
import { validateSession } from "./session-store.ts";
import { signInWithPassword } from "./sign-in.ts";

/** `__Host-` needs Secure, so it is used in production only; development runs on plain http. */
export function sessionCookieName(): string {
  return env().NODE_ENV === "production" ? "__Host-a28.session" : "a28.session";
}

export function authOptions(): NextAuthOptions {
  const config = env();
  const secure = config.NODE_ENV === "production";
  const maxAge = Math.max(config.SESSION_ABSOLUTE_HOURS_CUSTOMER, config.SESSION_ABSOLUTE_HOURS_STAFF) * 3600;
  return {
    secret: config.AUTH_SECRET,
    session: { strategy: "jwt", maxAge },
    jwt: { maxAge },
    useSecureCookies: secure,
    cookies: {
      sessionToken: { name: sessionCookieName(), options: { httpOnly: true, sameSite: "lax", path: "/", secure } },
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
          const headers = new Headers();
          for (const [key, value] of Object.entries(req.headers ?? {})) if (typeof value === "string") headers.set(key, value);
          const result = await signInWithPassword(
            { email: credentials?.email, password: credentials?.password },
            requestMetaFrom(headers),
          );
          return result.ok ? { id: result.userId, sid: result.sessionId } : null;
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

class SessionEndedError extends Error {
  constructor() {
    super("The session was revoked or has expired");
    this.name = "SessionEndedError";
  }
}
