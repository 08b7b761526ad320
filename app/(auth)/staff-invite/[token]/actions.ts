"use server";
// Accepting a staff invitation: a signed-in user whose email the invitation names takes the staff role;
// someone without an account chooses a name and password, becomes a staff user and is signed in (then
// asked to set up two-factor authentication, like all staff).
import { redirect } from "next/navigation";
import { z } from "zod";
import {
  acceptStaffInvitationAsNewUser,
  acceptStaffInvitationAsUser,
} from "@/lib/admin/staff/accept-staff-invitation";
import { setSessionCookie } from "@/lib/auth/sessions/session-cookie";
import { startSession } from "@/lib/auth/sessions/start-session";
import { AppError } from "@/lib/errors";
import { defineAction, definePublicAction } from "@/lib/http/action";
import { acceptAsNewUserInput } from "@/lib/organizations/invitation-input";
import { AUTH_PAGE_MESSAGES } from "../../messages";

export const acceptStaffInvitationAction = defineAction(
  { input: z.strictObject({ token: z.string().max(64) }), permission: "signed-in" },
  async (ctx, { token }) => {
    await acceptStaffInvitationAsUser(ctx, token);
    redirect("/continue"); // a staff account owes a second factor first, then the console
  },
);

// The staff console stays English: so do the field errors of its invitation.
export const createStaffAccountAction = definePublicAction(
  { input: acceptAsNewUserInput("en") },
  async (ctx, input) => {
    const { userId } = await acceptStaffInvitationAsNewUser(ctx, input);
    const started = await startSession(ctx, { userId, method: "PASSWORD" });
    if (!started.ok)
      throw new AppError("conflict", AUTH_PAGE_MESSAGES.accountReadyButRefused[started.reason]);
    await setSessionCookie(ctx.cookies, userId, started.sessionId);
    redirect("/continue"); // two-factor set-up first (staff), then the console
  },
);
