"use server";
// Confirms the user's identity again (password or authenticator code) before sensitive changes.
import { refresh } from "next/cache";
import { z } from "zod";
import { reauthenticate } from "@/lib/auth/sessions/reauth";
import { defineAction } from "@/lib/http/action";

export const reauthenticateAction = defineAction(
  {
    input: z.strictObject({ password: z.string().max(1024).optional(), code: z.string().max(32).optional() }),
    permission: "mfa-enrolment",
  },
  async (ctx, input) => {
    await reauthenticate(ctx, input);
    refresh(); // the page re-renders with the controls that needed this
    return { confirmed: true };
  },
);
