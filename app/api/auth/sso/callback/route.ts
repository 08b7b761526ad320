// Microsoft sends the browser back here after sign-in (GET, query response mode). The state must be the
// one this browser started (binding cookie); lib/auth/sso/callback.ts does every other check. Success:
// the session cookie and on to the destination (or /continue for a second factor still owed); a
// signed-in user connecting their Microsoft account goes back to their account page, no new session.
// Failure: the sign-in page (or, for a link, the account page) with an error code it explains.
import { NextResponse } from "next/server";
import { setSessionCookie } from "@/lib/auth/sessions/session-cookie";
import { completeSsoSignIn } from "@/lib/auth/sso/callback";
import { env } from "@/lib/config/env";
import { definePublicRoute } from "@/lib/http/route";

export const dynamic = "force-dynamic";

export const GET = definePublicRoute({}, async (ctx, request) => {
  const query = new URL(request.url).searchParams;
  const result = await completeSsoSignIn(ctx, {
    state: query.get("state"),
    code: query.get("code"),
    error: query.get("error"),
  });
  if (!result.ok)
    return redirectTo(
      result.link ? `/account/security?sso_error=${result.error}` : `/sign-in?error=${result.error}`,
    );
  if (result.outcome === "linked") return redirectTo(result.redirectTo);
  await setSessionCookie(ctx.cookies, result.userId, result.sessionId);
  return redirectTo(result.redirectTo);
});

function redirectTo(path: string) {
  const response = NextResponse.redirect(new URL(path, env().APP_URL), 303);
  response.headers.set("Cache-Control", "no-store");
  return response;
}
