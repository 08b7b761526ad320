"use server";
// The public subscribe form (double opt-in). Same answer for every address that is not throttled;
// the work that depends on the address runs after the response (lib/trust/subscriptions/subscribe.ts).
import { definePublicAction } from "@/lib/actions/define-action";
import { afterResponse } from "@/lib/actions/after-response";
import { currentRequest } from "@/lib/auth/sessions/actor";
import { UserFacingError } from "@/lib/errors";
import { subscribe, subscribeInput } from "@/lib/trust/subscriptions/subscribe";
import { SUBPROCESSOR_WORDS } from "./messages";

export const subscribeAction = definePublicAction(subscribeInput, async (input) => {
  const result = await subscribe(input, await currentRequest(), { afterResponse });
  const words = SUBPROCESSOR_WORDS[input.locale];
  if (result.status === "throttled") throw new UserFacingError(words.throttled(result.minutes));
  return words.accepted;
});
