"use server";
// Magic-link server actions: request a link (same answer for every address, S3) and use one (POST
// only: a GET of the link never signs in, so mail scanners that prefetch links use nothing).
import { redirect } from "next/navigation";
import { z } from "zod";
import { afterResponse } from "@/lib/actions/after-response";
import { emailLinkRequestInput } from "@/lib/auth/email-links/email-link-request";
import { MAGIC_LINK_MINUTES, requestMagicLink, signInWithMagicLink } from "@/lib/auth/email-links/magic-link";
import { setSessionCookie } from "@/lib/auth/sessions/session-cookie";
import { AppError } from "@/lib/errors";
import { definePublicAction } from "@/lib/http/action";
import { localize } from "@/lib/i18n/text";
import { AUTH_PAGE_MESSAGES } from "../messages";

export const requestMagicLinkAction = definePublicAction(
  { input: emailLinkRequestInput },
  async (ctx, input) => {
    const result = await requestMagicLink(ctx, input, { afterResponse });
    if (result.status === "throttled")
      throw new AppError("rate_limited", AUTH_PAGE_MESSAGES.throttled(result.minutes), {
        retryAfterSeconds: result.minutes * 60,
      });
    return localize(AUTH_PAGE_MESSAGES.magicLinkSent(MAGIC_LINK_MINUTES), ctx.locale);
  },
);

export const signInWithLinkAction = definePublicAction(
  { input: z.strictObject({ token: z.string().max(64) }) },
  async (ctx, { token }) => {
    const result = await signInWithMagicLink(ctx, token);
    if (!result.ok) throw new AppError("invalid", AUTH_PAGE_MESSAGES.magicLinkRefused[result.reason]);
    await setSessionCookie(ctx.cookies, result.userId, result.sessionId);
    redirect("/continue"); // owed MFA first, then the user's home
  },
);
