import NextAuth from "next-auth";
import { signOut } from "@/lib/auth/passwords/password-sign-in";
import { SIGN_IN_ERRORS } from "@/lib/auth/passwords/messages";
import { nextAuthRoute } from "@/lib/auth/sessions/next-auth-routes";
import { authOptions } from "@/lib/auth/sessions/next-auth";
import { env } from "@/lib/config/env";
import { AppError } from "@/lib/errors";
import { definePublicRoute } from "@/lib/http/route";

type Context = { params: Promise<{ nextauth: string[] }> };

// next-auth answers only the endpoints the sign-in form uses; its sign-out is ours, its pages are not
// reachable (lib/auth/sessions/next-auth-routes.ts, S10).
async function handler(request: Request, context: Context) {
  const { nextauth } = await context.params;
  const route = nextAuthRoute(request.method, nextauth);
  if (route === "sign-out") return signOutRoute(request, context);
  if (route === "not-found") return notFound(request, context);
  const response: Response = await NextAuth(
    request as never,
    { params: { nextauth } } as never,
    authOptions(),
  );
  return request.method === "POST" ? asTooManyRequests(response) : response;
}

/**
 * POST /api/auth/signout ends the session the cookie names, exactly like the sign-out button: the Session
 * row is revoked (a copy of the cookie opens nothing afterwards), audited, and the cookie cleared. Same
 * origin only (S14). Answers as next-auth's endpoint does, with where to go next.
 */
const signOutRoute = definePublicRoute({ errors: "json" }, async (ctx) => {
  await signOut(ctx);
  return Response.json(
    { url: new URL("/sign-in?signedOut=1", env().APP_URL).toString() },
    { headers: { "Cache-Control": "no-store" } },
  );
});

const notFound = definePublicRoute({}, async () => {
  throw new AppError("not_found");
});

/** A throttled sign-in answers 429 with Retry-After (S2), keeping next-auth's JSON body for the form. */
async function asTooManyRequests(response: Response): Promise<Response> {
  if (!response.headers.get("content-type")?.includes("application/json")) return response;
  const body = await response
    .clone()
    .json()
    .catch(() => null);
  const code =
    typeof body?.url === "string"
      ? new URL(body.url, "http://local.invalid").searchParams.get("error")
      : null;
  if (!code?.startsWith(`${SIGN_IN_ERRORS.throttled}:`)) return response;
  const headers = new Headers(response.headers);
  headers.set("Retry-After", String(Number(code.split(":")[1]) * 60));
  return new Response(JSON.stringify(body), { status: 429, headers });
}

export { handler as GET, handler as POST };
