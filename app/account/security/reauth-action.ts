"use server";
// Confirms the user's identity again (password or authenticator code) before sensitive changes.
import { refresh } from "next/cache";
import { z } from "zod";
import { currentRequest } from "@/lib/auth/sessions/actor";
import { UserFacingError } from "@/lib/errors";
import { defineActionAs } from "@/lib/actions/define-action";
import { requireEnrolmentActor } from "@/lib/auth/mfa/session-action";
import { reauthenticate } from "@/lib/auth/sessions/reauth";

export const reauthenticateAction = defineActionAs(
  requireEnrolmentActor,
  z.strictObject({ password: z.string().max(1024).optional(), code: z.string().max(32).optional() }),
  async (input, actor) => {
    const result = await reauthenticate(actor, input, await currentRequest());
    if (!result.ok) throw new UserFacingError(result.message);
    refresh(); // the page re-renders with the controls that needed this
    return { confirmed: true };
  },
);
