"use server";
// Two-factor settings of the signed-in user: set up an authenticator app (also from the sign-in
// enrolment page), new backup codes, turn off. Each action authenticates and authorizes itself.
import { refresh } from "next/cache";
import { z } from "zod";
import { confirmTotpEnrolment, startTotpEnrolment } from "@/lib/auth/mfa/enrolment";
import { disableMfa, regenerateBackupCodes } from "@/lib/auth/mfa/manage";
import { MFA_MESSAGES } from "@/lib/auth/mfa/messages";
import { setSessionCookie } from "@/lib/auth/sessions/session-cookie";
import { defineAction } from "@/lib/http/action";
import { localizedSchema } from "@/lib/i18n/localized-schema";

const noInput = z.strictObject({});

export const startEnrolmentAction = defineAction(
  { input: noInput, permission: "mfa-enrolment" },
  async (ctx) => startTotpEnrolment(ctx),
);

export const confirmEnrolmentAction = defineAction(
  {
    input: localizedSchema((t) =>
      z.strictObject({
        code: z.string().trim().min(1, t(MFA_MESSAGES.enterAppCode)).max(16, t(MFA_MESSAGES.codeTooLong)),
      }),
    ),
    permission: "mfa-enrolment",
  },
  async (ctx, { code }) => {
    const done = await confirmTotpEnrolment(ctx, code);
    await setSessionCookie(ctx.cookies, ctx.actor.userId, done.sessionId);
    return { backupCodes: done.backupCodes, accountLabel: ctx.actor.email };
  },
);

export const regenerateBackupCodesAction = defineAction(
  { input: noInput, permission: "signed-in" },
  async (ctx) => {
    const { backupCodes } = await regenerateBackupCodes(ctx);
    refresh();
    return { backupCodes, accountLabel: ctx.actor.email };
  },
);

export const disableMfaAction = defineAction({ input: noInput, permission: "signed-in" }, async (ctx) => {
  await disableMfa(ctx);
  refresh();
  return { disabled: true };
});
