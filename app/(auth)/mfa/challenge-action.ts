"use server";
// The second sign-in step: a code from the authenticator app or a backup code. Only a session that owes
// the challenge may call it; success rotates the session and continues to where the user belongs.
import { requestCookies } from "@/lib/http/next-context";
import { redirect } from "next/navigation";
import { z } from "zod";
import { currentRequest } from "@/lib/auth/sessions/actor";
import { UserFacingError } from "@/lib/errors";
import { passMfaChallenge } from "@/lib/auth/mfa/challenge";
import { defineActionAs } from "@/lib/actions/define-action";
import { requireChallengeActor } from "@/lib/auth/mfa/session-action";
import { setSessionCookie } from "@/lib/auth/sessions/session-cookie";

export const mfaChallengeAction = defineActionAs(
  requireChallengeActor,
  z.strictObject({
    method: z.enum(["totp", "backup_code"]),
    code: z.string().trim().min(1, "Enter a code.").max(64),
  }),
  async (input, actor) => {
    const result = await passMfaChallenge(actor, input, await currentRequest());
    if (!result.ok) throw new UserFacingError(result.message);
    await setSessionCookie(await requestCookies(), actor.userId, result.sessionId);
    redirect("/continue");
  },
);
