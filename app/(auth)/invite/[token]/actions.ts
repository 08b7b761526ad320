"use server";
// Accepting an invitation: a signed-in user whose email the invitation names joins the organisation;
// someone without an account chooses a name and password, becomes a user and member, and is signed in.
import { requestCookies } from "@/lib/http/next-context";
import { redirect } from "next/navigation";
import { z } from "zod";
import { defineAction, definePublicAction } from "@/lib/http/action";
import { UserFacingError } from "@/lib/errors";
import { startSession } from "@/lib/auth/sessions/start-session";
import { setSessionCookie } from "@/lib/auth/sessions/session-cookie";
import { acceptInvitationAsMember } from "@/lib/organizations/accept-invitation-as-member";
import { acceptInvitationAsNewUser } from "@/lib/organizations/accept-invitation-as-new-user";
import { acceptAsNewUserInput } from "@/lib/organizations/invitation-input";

export const acceptInvitationAction = defineAction(
  { input: z.strictObject({ token: z.string().max(64) }), permission: "signed-in" },
  async (ctx, { token }) => {
    const { slug } = await acceptInvitationAsMember(ctx, token);
    redirect(`/portal/${slug}`);
  },
);

export const createAccountAction = definePublicAction({ input: acceptAsNewUserInput }, async (ctx, input) => {
  const request = ctx.request;
  const { userId } = await acceptInvitationAsNewUser(ctx, input);
  const started = await startSession({ userId, method: "PASSWORD", request });
  if (!started.ok) {
    throw new UserFacingError(
      started.reason === "sso_required"
        ? "Your account is ready. Your organisation requires you to sign in with Microsoft."
        : "Your account is ready, but it cannot sign in at the moment. Contact your organisation's owner.",
    );
  }
  await setSessionCookie(await requestCookies(), userId, started.sessionId);
  redirect("/continue"); // owed MFA (e.g. the organisation requires it) first, then the portal
});
