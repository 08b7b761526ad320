"use server";
// The second sign-in step: a code from the authenticator app or a backup code. Only a session that owes
// the challenge may call it; success rotates the session and continues to where the user belongs.
import { redirect } from "next/navigation";
import { z } from "zod";
import { passMfaChallenge } from "@/lib/auth/mfa/challenge";
import { MFA_MESSAGES } from "@/lib/auth/mfa/messages";
import { setSessionCookie } from "@/lib/auth/sessions/session-cookie";
import { defineAction } from "@/lib/http/action";
import { localizedSchema } from "@/lib/i18n/localized-schema";

export const mfaChallengeAction = defineAction(
  {
    input: localizedSchema((t) =>
      z.strictObject({
        method: z.enum(["totp", "backup_code"]),
        code: z.string().trim().min(1, t(MFA_MESSAGES.enterCode)).max(64),
      }),
    ),
    permission: "mfa-challenge",
  },
  async (ctx, input) => {
    const { sessionId } = await passMfaChallenge(ctx, input);
    await setSessionCookie(ctx.cookies, ctx.actor.userId, sessionId);
    redirect("/continue");
  },
);
