"use server";
// Magic-link server actions: request a link (same answer for every address, S3) and use one (POST
// only: a GET of the link never signs in, so mail scanners that prefetch links use nothing).
import { requestCookies } from "@/lib/http/next-context";
import { redirect } from "next/navigation";
import { definePublicAction } from "@/lib/actions/define-action";
import { z } from "zod";
import { afterResponse } from "@/lib/actions/after-response";
import { currentRequest } from "@/lib/auth/sessions/actor";
import { emailLinkRequestInput, throttledMessage } from "@/lib/auth/email-links/email-link-request";
import { UserFacingError } from "@/lib/errors";
import { MAGIC_LINK_SENT, requestMagicLink, signInWithMagicLink } from "@/lib/auth/email-links/magic-link";
import { setSessionCookie } from "@/lib/auth/sessions/session-cookie";

export const requestMagicLinkAction = definePublicAction(emailLinkRequestInput, async (input) => {
  const result = await requestMagicLink(input, await currentRequest(), { afterResponse });
  if (result.status === "throttled") throw new UserFacingError(throttledMessage(result.minutes));
  return MAGIC_LINK_SENT;
});

const REFUSALS = {
  invalid: "This sign-in link has expired or was already used. Ask for a new one.",
  sso_required: "Your organisation requires you to sign in with Microsoft.",
  account_disabled: "This sign-in link has expired or was already used. Ask for a new one.",
} as const;

export const signInWithLinkAction = definePublicAction(
  z.strictObject({ token: z.string().max(64) }),
  async ({ token }) => {
    const result = await signInWithMagicLink(token, await currentRequest());
    if (!result.ok) throw new UserFacingError(REFUSALS[result.reason]);
    await setSessionCookie(await requestCookies(), result.userId, result.sessionId);
    redirect("/continue"); // owed MFA first, then the user's home
  },
);
