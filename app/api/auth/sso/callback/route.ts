// Microsoft sends the browser back here after sign-in (GET, query response mode). The state must be the
// one this browser started (binding cookie); lib/auth/sso/callback.ts does every other check. Success:
// the session cookie and on to the destination (or /continue for a second factor still owed); a
// signed-in user connecting their Microsoft account goes back to their account page, no new session.
// Failure: the sign-in page (or, for a link, the account page) with an error code it explains.
import { requestCookies } from "@/lib/http/next-context";
import { NextResponse, type NextRequest } from "next/server";
import { currentRequest, getActor } from "@/lib/auth/sessions/actor";
import { setSessionCookie } from "@/lib/auth/sessions/session-cookie";
import { completeSsoSignIn } from "@/lib/auth/sso/callback";
import { takeSsoStateCookie } from "@/lib/auth/sso/state-cookie";
import { env } from "@/lib/config/env";

export const dynamic = "force-dynamic";

export async function GET(request: NextRequest) {
  const query = request.nextUrl.searchParams;
  const result = await completeSsoSignIn(
    {
      state: query.get("state"),
      code: query.get("code"),
      error: query.get("error"),
      boundState: takeSsoStateCookie(await requestCookies()),
      sessionUserId: (await getActor())?.userId ?? null,
    },
    await currentRequest(),
  );
  if (!result.ok)
    return redirectTo(
      result.link ? `/account/security?sso_error=${result.error}` : `/sign-in?error=${result.error}`,
    );
  if (result.outcome === "linked") return redirectTo(result.redirectTo);
  await setSessionCookie(await requestCookies(), result.userId, result.sessionId);
  return redirectTo(result.redirectTo);
}

function redirectTo(path: string) {
  const response = NextResponse.redirect(new URL(path, env().APP_URL), 303);
  response.headers.set("Cache-Control", "no-store");
  return response;
}
