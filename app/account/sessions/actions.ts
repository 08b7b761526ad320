"use server";

import { requestCookies } from "@/lib/http/next-context";
import { redirect } from "next/navigation";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { revokeMyOtherSessions, revokeMySession } from "@/lib/auth/sessions/my-sessions";
import { clearSessionCookie } from "@/lib/auth/sessions/session-cookie";
import { revalidatePath } from "next/cache";

export const revokeSessionAction = defineAction(
  z.strictObject({ sessionId: z.string().min(1).max(64) }),
  async ({ sessionId }) => {
    const { signedOutHere } = await revokeMySession(sessionId);
    if (signedOutHere) {
      clearSessionCookie(await requestCookies());
      redirect("/sign-in?signedOut=1");
    }
    revalidatePath("/account/sessions");
    return "The session was signed out.";
  },
);

export const revokeOtherSessionsAction = defineAction(z.strictObject({}), async () => {
  const count = await revokeMyOtherSessions();
  revalidatePath("/account/sessions");
  return count === 0
    ? "There were no other sessions."
    : `Signed out ${count} other session${count === 1 ? "" : "s"}.`;
});
