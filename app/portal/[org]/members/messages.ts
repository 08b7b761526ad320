// Words of the members page's actions (customer portal: English today).
export const MEMBERS_MESSAGES = {
  invitationSent: (email: string) => `Invitation sent to ${email}.`,
  invitationRevoked: "The invitation was revoked; its link no longer works.",
  roleChanged: (roleLabel: string) => `Role changed to ${roleLabel}.`,
  memberRemoved: "The member was removed and signed out everywhere.",
};
