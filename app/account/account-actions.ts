"use server";
// The account page's actions: profile (name) and password change. The password change rotates this
// session (new id, S9) and ends all others (S10); the new cookie is set here.
import { refresh } from "next/cache";
import { profileInput, updateProfile } from "@/lib/account/profile";
import {
  EMAIL_CHANGE_MINUTES,
  emailChangeInput,
  requestEmailChange,
} from "@/lib/auth/email-links/email-change";
import { changePassword, changePasswordInput } from "@/lib/auth/passwords/password-change";
import { setSessionCookie } from "@/lib/auth/sessions/session-cookie";
import { defineAction } from "@/lib/http/action";
import { localize } from "@/lib/i18n/text";
import { ACCOUNT_PAGE_MESSAGES } from "./messages";

export const updateProfileAction = defineAction(
  { input: profileInput, permission: "signed-in" },
  async (ctx, input) => {
    await updateProfile(ctx, input);
    refresh();
    return localize(ACCOUNT_PAGE_MESSAGES.profileSaved, ctx.locale);
  },
);

export const changePasswordAction = defineAction(
  { input: changePasswordInput, permission: "signed-in" },
  async (ctx, input) => {
    const { sessionId } = await changePassword(ctx, input);
    await setSessionCookie(ctx.cookies, ctx.actor.userId, sessionId);
    return localize(ACCOUNT_PAGE_MESSAGES.passwordChanged, ctx.locale);
  },
);

export const requestEmailChangeAction = defineAction(
  { input: emailChangeInput, permission: "signed-in" },
  async (ctx, input) => {
    const { email } = await requestEmailChange(ctx, input);
    return localize(ACCOUNT_PAGE_MESSAGES.emailChangeSent(email, EMAIL_CHANGE_MINUTES), ctx.locale);
  },
);
