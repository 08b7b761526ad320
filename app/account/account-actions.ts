"use server";
// The account page's actions: profile (name) and password change. The password change rotates this
// session (new id, S9) and ends all others (S10); the new cookie is set here.
import { requestCookies } from "@/lib/http/next-context";
import { refresh } from "next/cache";
import { updateProfile, profileInput } from "@/lib/account/profile";
import { defineAction } from "@/lib/actions/define-action";
import { currentRequest } from "@/lib/auth/sessions/actor";
import { emailChangeInput, requestEmailChange } from "@/lib/auth/email-links/email-change";
import { changePassword, changePasswordInput } from "@/lib/auth/passwords/password-change";
import { setSessionCookie } from "@/lib/auth/sessions/session-cookie";

export const updateProfileAction = defineAction(profileInput, async (input, actor) => {
  await updateProfile(actor, input, await currentRequest());
  refresh();
  return "Your profile was saved.";
});

export const changePasswordAction = defineAction(changePasswordInput, async (input, actor) => {
  const { sessionId } = await changePassword(actor, input, await currentRequest());
  await setSessionCookie(await requestCookies(), actor.userId, sessionId);
  return "Your password was changed. You were signed out of every other session.";
});

export const requestEmailChangeAction = defineAction(emailChangeInput, async (input, actor) =>
  requestEmailChange(actor, input, await currentRequest()),
);
