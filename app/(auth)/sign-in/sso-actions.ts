"use server";

import { z } from "zod";
import { ssoOfferedFor } from "@/lib/auth/sso/connection";
import { emailDomain } from "@/lib/auth/sso/domains";
import { beginSsoSignIn } from "@/lib/auth/sso/start";
import { setSsoStateCookie } from "@/lib/auth/sso/state-cookie";
import { AppError } from "@/lib/errors";
import { definePublicAction } from "@/lib/http/action";
import { minutesToWait } from "@/lib/security/throttle";
import { AUTH_PAGE_MESSAGES } from "../messages";

const startInput = z.strictObject({
  email: z.string().max(320).default(""),
  callbackUrl: z.string().max(2000).optional(),
});
const emailShape = z.string().trim().toLowerCase().pipe(z.email());

/** "Continue with Microsoft": on to the organisation's Entra ID tenant, or a message saying why not. */
export const startMicrosoftSignInAction = definePublicAction(
  { input: startInput },
  async (ctx, { email, callbackUrl }) => {
    const address = emailShape.safeParse(email);
    if (!address.success) throw new AppError("invalid", AUTH_PAGE_MESSAGES.microsoftNeedsEmail);
    const started = await beginSsoSignIn(ctx, { email: address.data, callbackUrl });
    if (!started.ok && started.reason === "throttled") {
      throw new AppError("rate_limited", AUTH_PAGE_MESSAGES.throttled(minutesToWait(started.retryAfterMs)), {
        retryAfterSeconds: Math.ceil(started.retryAfterMs / 1000),
      });
    }
    if (!started.ok)
      throw new AppError("invalid", AUTH_PAGE_MESSAGES.microsoftNotSetUp(emailDomain(address.data)));
    setSsoStateCookie(ctx.cookies, started.state);
    return { authorizeUrl: started.authorizeUrl };
  },
);

const offeredInput = z.strictObject({ email: z.string().max(320) });
const offeredFor = definePublicAction({ input: offeredInput }, async (_ctx, { email }) => {
  const address = emailShape.safeParse(email);
  return address.success && ssoOfferedFor(address.data);
});

/** Whether to offer Microsoft sign-in for the email being typed (by domain only: reveals no account, S3). */
export async function ssoOfferedForAction(email: string): Promise<boolean> {
  const form = new FormData();
  form.set("email", email);
  return offeredFor(null, form).then((result) => result.ok && result.data);
}
