// Runs before every matched request. Convenience only: it sends anonymous visitors of signed-in areas
// to the sign-in page and marks those responses uncacheable. Access itself is decided in lib/ on
// every page, action and route handler (SECURITY.md: auth in the proxy alone has been bypassed).
import { NextResponse, type NextRequest } from "next/server";

const SESSION_COOKIES = ["__Host-a28.session", "a28.session"];

export function proxy(request: NextRequest) {
  const hasSession = SESSION_COOKIES.some((name) => request.cookies.has(name));
  if (!hasSession && request.method === "GET") {
    const url = request.nextUrl.clone();
    url.pathname = "/sign-in";
    url.search = `?callbackUrl=${encodeURIComponent(request.nextUrl.pathname + request.nextUrl.search)}`;
    const redirect = NextResponse.redirect(url);
    redirect.headers.set("Cache-Control", "no-store");
    return redirect;
  }
  const response = NextResponse.next();
  response.headers.set("Cache-Control", "no-store");
  return response;
}

export const config = { matcher: ["/portal/:path*", "/admin/:path*"] };
