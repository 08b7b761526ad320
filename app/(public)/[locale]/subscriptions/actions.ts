"use server";
// The buttons behind the links in subscription emails. The token is used by these POSTs only: opening
// a link (GET) changes nothing, so mail scanners that fetch links neither confirm nor unsubscribe.
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { definePublicAction } from "@/lib/http/action";
import { LOCALES } from "@/lib/i18n/locale";
import { confirmSubscription } from "@/lib/trust/subscriptions/confirm";
import { unsubscribeByToken } from "@/lib/trust/subscriptions/unsubscribe";
import { inPageLanguage } from "../messages";
import { SUBSCRIPTION_MESSAGES } from "./messages";

const tokenInput = z.strictObject({ token: z.string().max(64), locale: z.enum(LOCALES) });

export const confirmSubscriptionAction = definePublicAction(
  { input: tokenInput },
  async (ctx, { token, locale }) => {
    const words = SUBSCRIPTION_MESSAGES[locale];
    const status = await confirmSubscription(ctx, token);
    if (status === "expired") throw new AppError("conflict", inPageLanguage(words.confirmExpired));
    if (status === "unknown") throw new AppError("not_found", inPageLanguage(words.confirmUnknown));
    return words.confirmed;
  },
);

export const unsubscribeAction = definePublicAction({ input: tokenInput }, async (ctx, { token, locale }) => {
  const words = SUBSCRIPTION_MESSAGES[locale];
  const status = await unsubscribeByToken(ctx, token, "page");
  if (status === "unknown") throw new AppError("not_found", inPageLanguage(words.unsubscribeUnknown));
  return words.unsubscribed;
});
