"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { revokeMyOtherSessions, revokeMySession } from "@/lib/auth/sessions/my-sessions";
import { clearSessionCookie } from "@/lib/auth/sessions/session-cookie";
import { defineAction } from "@/lib/http/action";
import { localize } from "@/lib/i18n/text";
import { SESSIONS_MESSAGES } from "../messages";

export const revokeSessionAction = defineAction(
  { input: z.strictObject({ sessionId: z.string().min(1).max(64) }), permission: "signed-in" },
  async (ctx, { sessionId }) => {
    const { signedOutHere } = await revokeMySession(ctx, sessionId);
    if (signedOutHere) {
      clearSessionCookie(ctx.cookies);
      redirect("/sign-in?signedOut=1");
    }
    revalidatePath("/account/sessions");
    return localize(SESSIONS_MESSAGES.sessionSignedOut, ctx.locale);
  },
);

export const revokeOtherSessionsAction = defineAction(
  { input: z.strictObject({}), permission: "signed-in" },
  async (ctx) => {
    const { count } = await revokeMyOtherSessions(ctx);
    revalidatePath("/account/sessions");
    return localize(SESSIONS_MESSAGES.otherSessionsSignedOut(count), ctx.locale);
  },
);
