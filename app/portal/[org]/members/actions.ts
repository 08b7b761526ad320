"use server";
// Members management actions (S11–S14): thin; lib/organizations derives the organisation from the
// record touched (or authorises the slug against the actor's memberships) and checks the role.
import { refresh } from "next/cache";
import { redirect } from "next/navigation";
import { clearSessionCookie } from "@/lib/auth/sessions/session-cookie";
import { defineAction } from "@/lib/http/action";
import { localize } from "@/lib/i18n/text";
import { inviteInput, revokeInvitationInput } from "@/lib/organizations/invitation-input";
import { inviteMember } from "@/lib/organizations/invite-member";
import {
  changeMemberRole,
  changeRoleInput,
  removeMember,
  removeMemberInput,
} from "@/lib/organizations/members";
import { CUSTOMER_ROLE_LABELS } from "@/lib/organizations/messages";
import { revokeInvitation } from "@/lib/organizations/revoke-invitation";
import { MEMBERS_MESSAGES } from "./messages";

export const inviteMemberAction = defineAction(
  { input: inviteInput, permission: "org.members.manage" },
  async (ctx, input) => {
    const { email } = await inviteMember(ctx, input);
    refresh();
    return localize(MEMBERS_MESSAGES.invitationSent(email), ctx.locale);
  },
);

export const revokeInvitationAction = defineAction(
  { input: revokeInvitationInput, permission: "org.members.manage" },
  async (ctx, input) => {
    await revokeInvitation(ctx, input);
    refresh();
    return localize(MEMBERS_MESSAGES.invitationRevoked, ctx.locale);
  },
);

export const changeRoleAction = defineAction(
  { input: changeRoleInput, permission: "org.members.manage" },
  async (ctx, input) => {
    const { role } = await changeMemberRole(ctx, input);
    refresh();
    return localize(MEMBERS_MESSAGES.roleChanged(CUSTOMER_ROLE_LABELS[role]), ctx.locale);
  },
);

export const removeMemberAction = defineAction(
  { input: removeMemberInput, permission: "org.members.manage" },
  async (ctx, input) => {
    const { removedSelf } = await removeMember(ctx, input);
    if (removedSelf) {
      // Leaving ends every session of the user, this one included.
      clearSessionCookie(ctx.cookies);
      redirect("/sign-in?signedOut=1");
    }
    refresh();
    return localize(MEMBERS_MESSAGES.memberRemoved, ctx.locale);
  },
);
