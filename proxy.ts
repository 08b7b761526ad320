// Runs before every page request. It (1) gives dynamic pages a per-request nonce-based script policy
// (SECURITY.md S15), (2) sends anonymous visitors of signed-in areas to the sign-in page and (3) marks
// signed-in responses uncacheable. Access itself is decided in lib/ on every page, action and route
// handler (SECURITY.md: auth in the proxy alone has been bypassed).
import { NextResponse, type NextRequest } from "next/server";
import { SESSION_COOKIE_NAMES } from "./lib/auth/session-cookie-name";
import { contentSecurityPolicy } from "./lib/security/csp";

const SESSION_COOKIES = Object.values(SESSION_COOKIE_NAMES);
/** Areas that need a session; anonymous GETs go to sign-in. */
const SIGNED_IN_AREAS = ["/portal", "/admin", "/account"];
/** Pages rendered per request (the public trust center is static and keeps the baseline policy). */
const DYNAMIC_AREAS = [...SIGNED_IN_AREAS, "/sign-in", "/mfa", "/continue", "/magic-link", "/reset-password", "/invite", "/confirm-email"];

const under = (path: string, areas: string[]) => areas.some((area) => path === area || path.startsWith(`${area}/`));

export function proxy(request: NextRequest) {
  const path = request.nextUrl.pathname;
  if (!under(path, DYNAMIC_AREAS)) return NextResponse.next();

  if (under(path, SIGNED_IN_AREAS) && request.method === "GET" && !SESSION_COOKIES.some((name) => request.cookies.has(name))) {
    const url = request.nextUrl.clone();
    url.pathname = "/sign-in";
    url.search = `?callbackUrl=${encodeURIComponent(path + request.nextUrl.search)}`;
    const redirect = NextResponse.redirect(url);
    redirect.headers.set("Cache-Control", "no-store");
    return redirect;
  }

  const nonce = btoa(crypto.randomUUID());
  const csp = contentSecurityPolicy(nonce, process.env.NODE_ENV === "development");
  // Next.js reads the nonce from the request's policy and puts it on its own scripts.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("content-security-policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  response.headers.set("Cache-Control", "no-store");
  return response;
}

export const config = { matcher: ["/((?!_next/static|_next/image|api/|icon.svg|favicon.ico).*)"] };
