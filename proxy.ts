// Runs before every page request. It (1) serves the public trust center in the visitor's language,
// (2) gives every page its script policy (a per-request nonce on dynamic pages, a static policy on the
// prerendered trust pages; SECURITY.md S15), (3) sends anonymous visitors of signed-in areas to the
// sign-in page and (4) marks per-request responses uncacheable. Access itself is decided in lib/ on
// every page, action and route handler (SECURITY.md: auth in the proxy alone has been bypassed).
import { NextResponse, type NextRequest } from "next/server";
import { SESSION_COOKIE_NAMES } from "./lib/auth/sessions/session-cookie-name";
import { isLocale, LOCALE_COOKIE, NEGOTIATED_HEADER, preferredLocale } from "./lib/i18n/locale";
import {
  DYNAMIC_AREAS,
  DYNAMIC_PUBLIC_AREAS,
  isPublicPagePath,
  SIGNED_IN_AREAS,
  under,
} from "./lib/i18n/public-paths";
import { contentSecurityPolicy, staticContentSecurityPolicy } from "./lib/security/csp";

const SESSION_COOKIES = Object.values(SESSION_COOKIE_NAMES);
const development = process.env.NODE_ENV === "development";

export function proxy(request: NextRequest) {
  const path = request.nextUrl.pathname;
  if (under(path, DYNAMIC_AREAS)) return dynamicPage(request, path);

  const [, first = ""] = path.split("/");
  if (isLocale(first)) return localizedPage(request, first, path.slice(first.length + 1) || "/");
  if (isPublicPagePath(path)) {
    // Unprefixed public URL: the visitor's language, chosen server-side; the answer varies with both.
    const locale = preferredLocale(
      request.cookies.get(LOCALE_COOKIE)?.value,
      request.headers.get("accept-language"),
    );
    const url = request.nextUrl.clone();
    url.pathname = path === "/" ? `/${locale}` : `/${locale}${path}`;
    const response = under(path, DYNAMIC_PUBLIC_AREAS) ? withNonce(request, url) : NextResponse.rewrite(url);
    if (!under(path, DYNAMIC_PUBLIC_AREAS))
      response.headers.set("Content-Security-Policy", staticContentSecurityPolicy(development));
    response.headers.set(NEGOTIATED_HEADER, "1"); // scripts/negotiated-vary.ts adds Vary: Accept-Language, Cookie
    return response;
  }
  return NextResponse.next();
}

/** A page of the trust center in the language its URL names; `?lang=xx` records an explicit choice. */
function localizedPage(request: NextRequest, locale: string, rest: string) {
  if (request.nextUrl.searchParams.has("lang")) {
    const url = request.nextUrl.clone();
    url.searchParams.delete("lang");
    const response = NextResponse.redirect(url, 303);
    response.cookies.set(LOCALE_COOKIE, locale, {
      path: "/",
      maxAge: 365 * 24 * 3600,
      sameSite: "lax",
      secure: !development,
      httpOnly: true,
    });
    return response;
  }
  if (under(rest, DYNAMIC_PUBLIC_AREAS)) return withNonce(request);
  const response = NextResponse.next();
  response.headers.set("Content-Security-Policy", staticContentSecurityPolicy(development));
  return response;
}

function dynamicPage(request: NextRequest, path: string) {
  if (
    under(path, SIGNED_IN_AREAS) &&
    request.method === "GET" &&
    !SESSION_COOKIES.some((name) => request.cookies.has(name))
  ) {
    const url = request.nextUrl.clone();
    url.pathname = "/sign-in";
    url.search = `?callbackUrl=${encodeURIComponent(path + request.nextUrl.search)}`;
    const redirect = NextResponse.redirect(url);
    redirect.headers.set("Cache-Control", "no-store");
    return redirect;
  }
  return withNonce(request);
}

/** A per-request nonce: Next.js reads it from the request's policy and puts it on its own scripts. */
function withNonce(request: NextRequest, rewriteTo?: URL) {
  const nonce = btoa(crypto.randomUUID());
  const csp = contentSecurityPolicy(nonce, development);
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("content-security-policy", csp);
  const init = { request: { headers: requestHeaders } };
  const response = rewriteTo ? NextResponse.rewrite(rewriteTo, init) : NextResponse.next(init);
  response.headers.set("Content-Security-Policy", csp);
  response.headers.set("Cache-Control", "no-store");
  return response;
}

export const config = { matcher: ["/((?!_next/static|_next/image|api/|icon.svg|favicon.ico).*)"] };
