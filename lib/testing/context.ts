// Contexts for integration tests: a real, MFA-satisfied session for the user (the actor is resolved from
// the database exactly as for a request), a fixed client address, an in-memory cookie jar and the clock
// the test chooses; the time zone as a request would resolve it (the user's own, else the provider's),
// unless the test names one. Pass the result as the first argument of the domain function under test.
import type { Context, CookieJar, CookieOptions, RequestMeta, SignedInContext } from "../context/context.ts";
import { sessionStateFor } from "../auth/sessions/actor.ts";
import { createSession } from "../auth/sessions/session-store.ts";
import { db } from "../db/client.ts";
import type { Locale } from "../i18n/locale.ts";
import { providerTimeZone } from "../provider/default-time-zone.ts";
import { systemClock, type Clock } from "../time/clock.ts";
import { readerTimeZone } from "../time/reader-time-zone.ts";

export const TEST_CLIENT: RequestMeta = {
  ip: "192.0.2.77",
  userAgent: "Mozilla/5.0 (integration test)",
  requestId: "req-integration",
};

/** Cookies a test can read back (e.g. the session cookie a sign-in set). */
export type MemoryCookieJar = CookieJar & { values: Map<string, { value: string; options: CookieOptions }> };

export function memoryCookies(initial: Record<string, string> = {}): MemoryCookieJar {
  const values = new Map<string, { value: string; options: CookieOptions }>();
  for (const [name, value] of Object.entries(initial)) {
    values.set(name, {
      value,
      options: { httpOnly: true, sameSite: "lax", path: "/", secure: false, maxAge: 60 },
    });
  }
  return {
    values,
    get: (name) => values.get(name)?.value,
    set: (name, value, options) => {
      if (options.maxAge === 0) values.delete(name);
      else values.set(name, { value, options });
    },
  };
}

type Options = {
  clock?: Clock;
  request?: Partial<RequestMeta>;
  locale?: Locale;
  cookies?: CookieJar;
  timeZone?: string;
};

/** An anonymous caller (public forms, emailed links), reading in `timeZone` (default UTC). */
export function anonymousContext(options: Options = {}): Context {
  return {
    actor: null,
    request: { ...TEST_CLIENT, ...options.request },
    clock: options.clock ?? systemClock,
    cookies: options.cookies ?? memoryCookies(),
    locale: options.locale ?? "en",
    timeZone: options.timeZone ?? "UTC",
  };
}

/** A caller signed in as `user` with a fresh session that passed MFA (staff sessions for staff). */
export async function contextFor(user: { id: string }, options: Options = {}): Promise<SignedInContext> {
  const clock = options.clock ?? systemClock;
  const staff = await db.staffRoleAssignment.count({ where: { userId: user.id } });
  const session = await createSession(
    user.id,
    staff > 0 ? "STAFF" : "CUSTOMER",
    { ...TEST_CLIENT, ...options.request },
    clock,
    { mfaVerified: true },
  );
  return contextForSession(session.id, options);
}

/** A caller whose cookie names an existing session (e.g. one revoked meanwhile, or owing MFA). */
export async function contextForSession(sessionId: string, options: Options = {}): Promise<SignedInContext> {
  const clock = options.clock ?? systemClock;
  const state = await sessionStateFor(sessionId, clock);
  if (state.status !== "active") throw new Error(`session ${sessionId} is not active (${state.status})`);
  const timeZone =
    options.timeZone ?? readerTimeZone({ own: state.actor.timeZone, provider: await providerTimeZone() });
  // The language the request would read: the user's own choice unless the test names one.
  const locale = options.locale ?? state.actor.language ?? "en";
  return { ...anonymousContext({ ...options, locale }), actor: state.actor, timeZone };
}
