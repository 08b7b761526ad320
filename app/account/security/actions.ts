"use server";
// Two-factor settings of the signed-in user: set up an authenticator app (also from the sign-in
// enrolment page), new backup codes, turn off. Each action authenticates and authorizes itself.
import { requestCookies } from "@/lib/http/next-context";
import { refresh } from "next/cache";
import { z } from "zod";
import { currentRequest } from "@/lib/auth/sessions/actor";
import { confirmTotpEnrolment, startTotpEnrolment } from "@/lib/auth/mfa/enrolment";
import { disableMfa, regenerateBackupCodes } from "@/lib/auth/mfa/manage";
import { defineAction, defineActionAs } from "@/lib/actions/define-action";
import { requireEnrolmentActor } from "@/lib/auth/mfa/session-action";
import { setSessionCookie } from "@/lib/auth/sessions/session-cookie";

const noInput = z.strictObject({});

export const startEnrolmentAction = defineActionAs(requireEnrolmentActor, noInput, async (_input, actor) =>
  startTotpEnrolment(actor, await currentRequest()),
);

export const confirmEnrolmentAction = defineActionAs(
  requireEnrolmentActor,
  z.strictObject({
    code: z.string().trim().min(1, "Enter the code your app shows.").max(16, "A code has 6 digits."),
  }),
  async ({ code }, actor) => {
    const done = await confirmTotpEnrolment(actor, code, await currentRequest());
    await setSessionCookie(await requestCookies(), actor.userId, done.sessionId);
    return { backupCodes: done.backupCodes, accountLabel: actor.email };
  },
);

export const regenerateBackupCodesAction = defineAction(noInput, async (_input, actor) => {
  const { backupCodes } = await regenerateBackupCodes(actor, await currentRequest());
  refresh();
  return { backupCodes, accountLabel: actor.email };
});

export const disableMfaAction = defineAction(noInput, async (_input, actor) => {
  await disableMfa(actor, await currentRequest());
  refresh();
  return { disabled: true };
});
