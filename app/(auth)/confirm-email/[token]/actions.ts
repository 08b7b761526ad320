"use server";

import { z } from "zod";
import { definePublicAction } from "@/lib/actions/define-action";
import { currentRequest } from "@/lib/auth/sessions/actor";
import { confirmEmailChange } from "@/lib/auth/email-links/email-change";

export const confirmEmailChangeAction = definePublicAction(
  z.strictObject({ token: z.string().max(64) }),
  async ({ token }) => {
    const { email } = await confirmEmailChange(token, await currentRequest());
    return `Done: you now sign in with ${email}.`;
  },
);
