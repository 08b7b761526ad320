import "server-only";
// The one place that reads the incoming request (headers and cookies) and builds the caller's context
// (lib/context/context.ts): client address, user agent and request id; the session named by the signed
// cookie and the actor behind it; the clock; the reader's language (their own choice, else the
// browser's) and time zone. Everything is read once per request (React `cache`). Domain code never
// imports this module: the action, route and page wrappers in lib/http/ do, and pass the context on.
import { cookies, headers } from "next/headers";
import { cache } from "react";
import type { Actor, SessionState } from "../auth/sessions/actor.ts";
import { sessionStateFor } from "../auth/sessions/actor.ts";
import { sessionIdFromCookie } from "../auth/sessions/session-cookie.ts";
import { env } from "../config/env.ts";
import type { Context, CookieJar, RequestMeta, SignedInContext } from "../context/context.ts";
import { requestMetaFrom } from "../context/request-meta.ts";
import { AppError } from "../errors.ts";
import { LOCALE_COOKIE, type Locale } from "../i18n/locale.ts";
import { readerLocale } from "../i18n/reader-locale.ts";
import { providerTimeZone } from "../provider/default-time-zone.ts";
import { systemClock } from "../time/clock.ts";
import { readerTimeZone } from "../time/reader-time-zone.ts";
import { HTTP_MESSAGES } from "./messages.ts";
import { isSameOrigin } from "./same-origin.ts";

export const currentRequest = cache(async (): Promise<RequestMeta> => requestMetaFrom(await headers()));

/** The request's cookies; setting one works in server actions and route handlers (Next.js's rule). */
export async function requestCookies(): Promise<CookieJar> {
  const jar = await cookies();
  return {
    get: (name) => jar.get(name)?.value,
    set: (name, value, options) => jar.set(name, value, options),
  };
}

/** The session id named by the request's cookie, if its signature checks out. */
export const currentSessionId = cache(async (): Promise<string | null> =>
  sessionIdFromCookie(await requestCookies()),
);

export const getSessionState = cache(async (): Promise<SessionState> =>
  sessionStateFor(await currentSessionId(), systemClock),
);

export const getActor = cache(async (): Promise<Actor | null> => {
  const state = await getSessionState();
  return state.status === "active" ? state.actor : null;
});

/** @deprecated transition: take `ctx.actor` from the context the wrapper passes. */
export async function requireActor(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) throw new AppError("unauthenticated");
  return actor;
}

/**
 * The language the caller reads (lib/i18n/reader-locale.ts): the one a signed-in person chose on their
 * account page (also while their session still owes its second factor), else the one they chose on the
 * public site, else their browser's.
 */
const requestLocale = cache(async (): Promise<Locale> => {
  const [h, jar, state] = await Promise.all([headers(), cookies(), getSessionState()]);
  return readerLocale({
    chosen: state.status === "anonymous" ? null : state.actor.language,
    cookie: jar.get(LOCALE_COOKIE)?.value,
    acceptLanguage: h.get("accept-language"),
  });
});

/** The provider's default zone, read at most once per request (and only for callers without their own). */
const requestProviderTimeZone = cache(() => providerTimeZone());

/** The zone the caller reads in: their own, else the provider's (organisation contexts refine it). */
async function callerTimeZone(actor: Actor | null): Promise<string> {
  if (actor?.timeZone) return actor.timeZone;
  return readerTimeZone({ own: null, provider: await requestProviderTimeZone() });
}

/** The context of whoever calls: the active actor, or null for anonymous callers. */
export async function requestContext(): Promise<Context> {
  return contextWith(await getActor());
}

/** The context of a signed-in caller (a session that still owes its second factor is not signed in). */
export async function signedInContext(): Promise<SignedInContext> {
  const actor = await getActor();
  if (!actor) throw new AppError("unauthenticated");
  return contextWith(actor);
}

/**
 * The context of a session in the middle of its second factor: `challenge` for the sign-in code,
 * `enrolment` for setting up an authenticator (also allowed to fully signed-in users).
 */
export async function mfaContext(step: "challenge" | "enrolment"): Promise<SignedInContext> {
  const state = await getSessionState();
  const allowed =
    step === "challenge"
      ? state.status === "mfa" && state.step === "challenge"
      : state.status === "active" || (state.status === "mfa" && state.step === "enrol");
  if (!allowed || state.status === "anonymous") throw new AppError("unauthenticated");
  return contextWith(state.actor);
}

async function contextWith<A extends Actor | null>(actor: A): Promise<Context & { actor: A }> {
  return {
    actor,
    request: await currentRequest(),
    clock: systemClock,
    cookies: await requestCookies(),
    locale: await requestLocale(),
    timeZone: await callerTimeZone(actor),
  };
}

/** Refuses a state-changing request that did not come from this site (S14; lib/http/same-origin.ts). */
export async function assertSameOrigin(): Promise<void> {
  const h = await headers();
  const headersOfOrigin = {
    origin: h.get("origin"),
    host: h.get("host"),
    forwardedHost: h.get("x-forwarded-host"),
  };
  if (!isSameOrigin(headersOfOrigin, env().TRUST_PROXY > 0))
    throw new AppError("forbidden", HTTP_MESSAGES.crossSite);
}
