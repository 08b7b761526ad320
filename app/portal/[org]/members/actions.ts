"use server";
// Members management actions (S11–S14): thin; lib/organizations derives the organisation from the
// record touched (or authorises the slug against the actor's memberships) and checks the role.
import { requestCookies } from "@/lib/http/next-context";
import { refresh } from "next/cache";
import { redirect } from "next/navigation";
import { defineAction } from "@/lib/actions/define-action";
import { clearSessionCookie } from "@/lib/auth/sessions/session-cookie";
import {
  inviteInput,
  inviteMember,
  revokeInvitation,
  revokeInvitationInput,
} from "@/lib/organizations/invitations";
import {
  changeMemberRole,
  changeRoleInput,
  removeMember,
  removeMemberInput,
} from "@/lib/organizations/members";
import { CUSTOMER_ROLE_LABELS } from "@/lib/organizations/role-labels";

export const inviteMemberAction = defineAction(inviteInput, async (input) => {
  const { email } = await inviteMember(input);
  refresh();
  return `Invitation sent to ${email}.`;
});

export const revokeInvitationAction = defineAction(revokeInvitationInput, async (input) => {
  await revokeInvitation(input);
  refresh();
  return "The invitation was revoked; its link no longer works.";
});

export const changeRoleAction = defineAction(changeRoleInput, async (input) => {
  const { role } = await changeMemberRole(input);
  refresh();
  return `Role changed to ${CUSTOMER_ROLE_LABELS[role]}.`;
});

export const removeMemberAction = defineAction(removeMemberInput, async (input) => {
  const { removedSelf } = await removeMember(input);
  if (removedSelf) {
    // Leaving ends every session of the user, this one included.
    clearSessionCookie(await requestCookies());
    redirect("/sign-in?signedOut=1");
  }
  refresh();
  return "The member was removed and signed out everywhere.";
});
