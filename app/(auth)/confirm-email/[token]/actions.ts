"use server";

import { z } from "zod";
import { confirmEmailChange } from "@/lib/auth/email-links/email-change";
import { definePublicAction } from "@/lib/http/action";
import { localize } from "@/lib/i18n/text";
import { AUTH_PAGE_MESSAGES } from "../../messages";

export const confirmEmailChangeAction = definePublicAction(
  { input: z.strictObject({ token: z.string().max(64) }) },
  async (ctx, { token }) => {
    const { email } = await confirmEmailChange(ctx, token);
    return localize(AUTH_PAGE_MESSAGES.emailConfirmed(email), ctx.locale);
  },
);
