"use server";
// Accepting an invitation: a signed-in user whose email the invitation names joins the organisation;
// someone without an account chooses a name and password, becomes a user and member, and is signed in.
import { redirect } from "next/navigation";
import { z } from "zod";
import { setSessionCookie } from "@/lib/auth/sessions/session-cookie";
import { startSession } from "@/lib/auth/sessions/start-session";
import { AppError } from "@/lib/errors";
import { defineAction, definePublicAction } from "@/lib/http/action";
import { acceptInvitationAsMember } from "@/lib/organizations/accept-invitation-as-member";
import { acceptInvitationAsNewUser } from "@/lib/organizations/accept-invitation-as-new-user";
import { acceptAsNewUserInput } from "@/lib/organizations/invitation-input";
import { AUTH_PAGE_MESSAGES } from "../../messages";

export const acceptInvitationAction = defineAction(
  { input: z.strictObject({ token: z.string().max(64) }), permission: "signed-in" },
  async (ctx, { token }) => {
    const { slug } = await acceptInvitationAsMember(ctx, token);
    redirect(`/portal/${slug}`);
  },
);

export const createAccountAction = definePublicAction({ input: acceptAsNewUserInput }, async (ctx, input) => {
  const { userId } = await acceptInvitationAsNewUser(ctx, input);
  const started = await startSession(ctx, { userId, method: "PASSWORD" });
  if (!started.ok) throw new AppError("conflict", AUTH_PAGE_MESSAGES.accountReadyButRefused[started.reason]);
  await setSessionCookie(ctx.cookies, userId, started.sessionId);
  redirect("/continue"); // owed MFA (e.g. the organisation requires it) first, then the portal
});
