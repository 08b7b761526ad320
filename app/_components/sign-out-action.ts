"use server";

import { requestCookies } from "@/lib/http/next-context";
import { redirect } from "next/navigation";
import { assertSameOrigin } from "@/lib/actions/define-action";
import { currentRequest, getSessionState } from "@/lib/auth/sessions/actor";
import { clearSessionCookie } from "@/lib/auth/sessions/session-cookie";
import { signOut } from "@/lib/auth/passwords/password-sign-in";

/** Ends the current session, also one that still owes MFA. Takes no input. */
export async function signOutFormAction(): Promise<void> {
  await assertSameOrigin();
  const state = await getSessionState();
  if (state.status !== "anonymous") {
    const { actor } = state;
    await signOut({ id: actor.sessionId, userId: actor.userId, email: actor.email }, await currentRequest());
  }
  clearSessionCookie(await requestCookies());
  redirect("/sign-in?signedOut=1");
}
