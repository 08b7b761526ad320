"use server";

import { requestCookies } from "@/lib/http/next-context";
import { z } from "zod";
import { assertSameOrigin, definePublicAction } from "@/lib/actions/define-action";
import { currentRequest } from "@/lib/auth/sessions/actor";
import { UserFacingError } from "@/lib/errors";
import { ssoOfferedFor } from "@/lib/auth/sso/connection";
import { emailDomain } from "@/lib/auth/sso/domains";
import { beginSsoSignIn } from "@/lib/auth/sso/start";
import { setSsoStateCookie } from "@/lib/auth/sso/state-cookie";
import { minutesToWait } from "@/lib/security/throttle";

const startInput = z.strictObject({
  email: z.string().max(320).default(""),
  callbackUrl: z.string().max(2000).optional(),
});
const emailShape = z.string().trim().toLowerCase().pipe(z.email());

/** "Continue with Microsoft": on to the organisation's Entra ID tenant, or a message saying why not. */
export const startMicrosoftSignInAction = definePublicAction(startInput, async ({ email, callbackUrl }) => {
  const address = emailShape.safeParse(email);
  if (!address.success)
    throw new UserFacingError("Enter your work email address above, then choose Continue with Microsoft.");
  const started = await beginSsoSignIn({ email: address.data, callbackUrl }, await currentRequest());
  if (!started.ok && started.reason === "throttled") {
    const minutes = minutesToWait(started.retryAfterMs);
    throw new UserFacingError(
      `Too many attempts. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`,
    );
  }
  if (!started.ok) {
    throw new UserFacingError(
      `Microsoft sign-in is not set up for ${emailDomain(address.data)}. Sign in with your password instead.`,
    );
  }
  setSsoStateCookie(await requestCookies(), started.state);
  return { authorizeUrl: started.authorizeUrl };
});

/** Whether to offer Microsoft sign-in for the email being typed (by domain only: reveals no account, S3). */
export async function ssoOfferedForAction(email: string): Promise<boolean> {
  await assertSameOrigin();
  const address = emailShape.safeParse(email);
  return address.success && ssoOfferedFor(address.data);
}
