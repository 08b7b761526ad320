// The caller's context (STYLE.md 19): who is calling, from where, what time it is, and the language and
// time zone they read in. The edge builds it
// once per request (lib/http/next-context.ts) and passes it as the first argument to every domain function
// that acts for someone; tests build it directly (lib/testing/context.ts). Domain code never reads request
// headers or cookies itself, and still authorises against the organisation of the record it touches.
import type { Actor } from "../auth/sessions/actor.ts";
import type { Locale } from "../i18n/locale.ts";
import type { Clock } from "../time/clock.ts";

/** Where a request came from, for audit and throttling. */
export type RequestMeta = { ip: string | null; userAgent: string | null; requestId: string | null };

export type CookieOptions = {
  httpOnly: boolean;
  sameSite: "lax" | "strict";
  path: string;
  secure: boolean;
  /** Seconds; 0 deletes the cookie. */
  maxAge: number;
};

/** The request's cookies, for the few domain steps that set one (session, Microsoft sign-in state). */
export type CookieJar = {
  get(name: string): string | undefined;
  set(name: string, value: string, options: CookieOptions): void;
};

export type Context = {
  /** The signed-in user, or null for anonymous callers (public forms, emailed links). */
  actor: Actor | null;
  request: RequestMeta;
  clock: Clock;
  cookies: CookieJar;
  /** The language the caller reads (emails and texts a domain function writes for them). */
  locale: Locale;
  /**
   * The IANA time zone the caller reads and enters times in (lib/time/reader-time-zone.ts): their own
   * choice, else the provider's default; inside an organisation (OrgContext) its default comes before
   * the provider's.
   */
  timeZone: string;
  /**
   * "read": the request only shows something (a page load, a GET route), so a read-only organisation (one
   * being closed, lib/account-closure) lets it through. Anything else (server actions, other methods, and
   * contexts that do not say) may write and is refused there (lib/auth/authorization/authorize.ts).
   */
  intent?: "read";
};

/** A context whose caller is signed in (what `requireSignedIn` and the authorisation functions return). */
export type SignedInContext = Context & { actor: Actor };
