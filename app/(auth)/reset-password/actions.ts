"use server";
// Password reset server actions: ask for a link (same answer for every address, S3) and set a new
// password with one. The reset signs nobody in: the user goes to sign-in, where MFA applies (S6).
import { redirect } from "next/navigation";
import { z } from "zod";
import { afterResponse } from "@/lib/actions/after-response";
import { emailLinkRequestInput } from "@/lib/auth/email-links/email-link-request";
import { PASSWORD_MESSAGES } from "@/lib/auth/passwords/messages";
import {
  PASSWORD_RESET_MINUTES,
  requestPasswordReset,
  resetPassword,
} from "@/lib/auth/passwords/password-reset";
import { AppError } from "@/lib/errors";
import { definePublicAction } from "@/lib/http/action";
import { localizedSchema } from "@/lib/i18n/localized-schema";
import { localize } from "@/lib/i18n/text";
import { AUTH_PAGE_MESSAGES } from "../messages";

export const requestPasswordResetAction = definePublicAction(
  { input: emailLinkRequestInput },
  async (ctx, input) => {
    const result = await requestPasswordReset(ctx, input, { afterResponse });
    if (result.status === "throttled")
      throw new AppError("rate_limited", AUTH_PAGE_MESSAGES.throttled(result.minutes), {
        retryAfterSeconds: result.minutes * 60,
      });
    return localize(AUTH_PAGE_MESSAGES.passwordResetSent(PASSWORD_RESET_MINUTES), ctx.locale);
  },
);

const resetInput = localizedSchema((t) =>
  z.strictObject({
    token: z.string().max(64),
    password: z.string().min(1, t(PASSWORD_MESSAGES.chooseNewPassword)).max(4096),
  }),
);

export const resetPasswordAction = definePublicAction({ input: resetInput }, async (ctx, input) => {
  await resetPassword(ctx, input);
  redirect("/sign-in?reset=done");
});
