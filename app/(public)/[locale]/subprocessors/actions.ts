"use server";
// The public subscribe form (double opt-in). Same answer for every address that is not throttled;
// the work that depends on the address runs after the response (lib/trust/subscriptions/subscribe.ts).
import { afterResponse } from "@/lib/actions/after-response";
import { AppError } from "@/lib/errors";
import { definePublicAction } from "@/lib/http/action";
import { subscribe, subscribeInput } from "@/lib/trust/subscriptions/subscribe";
import { inPageLanguage } from "../messages";
import { SUBPROCESSOR_MESSAGES } from "./messages";

export const subscribeAction = definePublicAction({ input: subscribeInput }, async (ctx, input) => {
  const result = await subscribe(ctx, input, { afterResponse });
  const words = SUBPROCESSOR_MESSAGES[input.locale];
  if (result.status === "throttled")
    throw new AppError("rate_limited", inPageLanguage(words.throttled(result.minutes)), {
      retryAfterSeconds: result.minutes * 60,
    });
  return words.accepted;
});
