"use server";
// Password reset server actions: ask for a link (same answer for every address, S3) and set a new
// password with one. The reset signs nobody in: the user goes to sign-in, where MFA applies (S6).
import { redirect } from "next/navigation";
import { definePublicAction } from "@/lib/actions/define-action";
import { z } from "zod";
import { afterResponse } from "@/lib/actions/after-response";
import { currentRequest } from "@/lib/auth/sessions/actor";
import { emailLinkRequestInput, throttledMessage } from "@/lib/auth/email-links/email-link-request";
import { UserFacingError } from "@/lib/errors";
import {
  PASSWORD_RESET_SENT,
  requestPasswordReset,
  resetPassword,
} from "@/lib/auth/passwords/password-reset";

export const requestPasswordResetAction = definePublicAction(emailLinkRequestInput, async (input) => {
  const result = await requestPasswordReset(input, await currentRequest(), { afterResponse });
  if (result.status === "throttled") throw new UserFacingError(throttledMessage(result.minutes));
  return PASSWORD_RESET_SENT;
});

const resetInput = z.strictObject({
  token: z.string().max(64),
  password: z.string().min(1, "Choose a new password.").max(4096),
});

export const resetPasswordAction = definePublicAction(resetInput, async (input) => {
  await resetPassword(input, await currentRequest());
  redirect("/sign-in?reset=done");
});
