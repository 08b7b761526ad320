"use server";
// The buttons behind the links in subscription emails. The token is used by these POSTs only: opening
// a link (GET) changes nothing, so mail scanners that fetch links neither confirm nor unsubscribe.
import { z } from "zod";
import { definePublicAction } from "@/lib/actions/define-action";
import { currentRequest } from "@/lib/auth/sessions/actor";
import { UserFacingError } from "@/lib/errors";
import { LOCALES } from "@/lib/i18n/locale";
import { confirmSubscription } from "@/lib/trust/subscriptions/confirm";
import { unsubscribeByToken } from "@/lib/trust/subscriptions/unsubscribe";
import { SUBSCRIPTION_WORDS } from "./messages";

const tokenInput = z.strictObject({ token: z.string().max(64), locale: z.enum(LOCALES) });

export const confirmSubscriptionAction = definePublicAction(tokenInput, async ({ token, locale }) => {
  const words = SUBSCRIPTION_WORDS[locale];
  const status = await confirmSubscription(token, await currentRequest());
  if (status === "expired") throw new UserFacingError(words.confirmExpired);
  if (status === "unknown") throw new UserFacingError(words.confirmUnknown);
  return words.confirmed;
});

export const unsubscribeAction = definePublicAction(tokenInput, async ({ token, locale }) => {
  const words = SUBSCRIPTION_WORDS[locale];
  const status = await unsubscribeByToken(token, "page", await currentRequest());
  if (status === "unknown") throw new UserFacingError(words.unsubscribeUnknown);
  return words.unsubscribed;
});
