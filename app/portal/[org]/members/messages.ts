// Words of the members page and its actions (customer portal: English and German).
import type { Text } from "@/lib/i18n/text";

export const MEMBERS_MESSAGES = {
  title: { en: "Members", de: "Mitglieder" } satisfies Text,
  description: {
    en: "People from your organisation who can sign in to this portal.",
    de: "Personen aus Ihrer Organisation, die sich bei diesem Portal anmelden können.",
  } satisfies Text,
  caption: { en: "Members of this organisation", de: "Mitglieder dieser Organisation" } satisfies Text,
  name: { en: "Name", de: "Name" } satisfies Text,
  you: { en: "(you)", de: "(Sie)" } satisfies Text,
  email: { en: "Email", de: "E-Mail" } satisfies Text,
  role: { en: "Role", de: "Rolle" } satisfies Text,
  since: { en: "Member since", de: "Mitglied seit" } satisfies Text,
  manage: { en: "Manage", de: "Verwalten" } satisfies Text,
  ownerOnly: {
    en: "Only an owner can change an owner.",
    de: "Nur ein Inhaber kann einen Inhaber ändern.",
  } satisfies Text,
  emptyTitle: { en: "No members yet", de: "Noch keine Mitglieder" } satisfies Text,
  emptyDescription: {
    en: "Ask your organisation's owner to invite colleagues.",
    de: "Bitten Sie den Inhaber Ihrer Organisation, Kolleginnen und Kollegen einzuladen.",
  } satisfies Text,
  actions: { en: "Actions", de: "Aktionen" } satisfies Text,

  // Inviting
  inviteTitle: { en: "Invite a member", de: "Mitglied einladen" } satisfies Text,
  emailAddress: { en: "Email address", de: "E-Mail-Adresse" } satisfies Text,
  send: { en: "Send invitation", de: "Einladung senden" } satisfies Text,
  sending: { en: "Sending…", de: "Wird gesendet…" } satisfies Text,
  invitationSent: (email: string): Text => ({
    en: `Invitation sent to ${email}.`,
    de: `Einladung an ${email} gesendet.`,
  }),

  // Pending invitations
  pendingTitle: { en: "Pending invitations", de: "Offene Einladungen" } satisfies Text,
  sent: { en: "Sent", de: "Gesendet" } satisfies Text,
  expires: { en: "Expires", de: "Läuft ab" } satisfies Text,
  revoke: { en: "Revoke", de: "Widerrufen" } satisfies Text,
  pendingEmptyTitle: { en: "No pending invitations", de: "Keine offenen Einladungen" } satisfies Text,
  pendingEmptyDescription: {
    en: "Invitations you send appear here until they are accepted or expire.",
    de: "Einladungen, die Sie senden, erscheinen hier, bis sie angenommen werden oder ablaufen.",
  } satisfies Text,
  invitationRevoked: {
    en: "The invitation was revoked; its link no longer works.",
    de: "Die Einladung wurde widerrufen; ihr Link funktioniert nicht mehr.",
  } satisfies Text,

  // Changing a role
  newRoleFor: (name: string): Text => ({ en: `New role for ${name}`, de: `Neue Rolle für ${name}` }),
  changeRoleOf: (name: string): Text => ({ en: `Change role of ${name}`, de: `Rolle von ${name} ändern` }),
  changeRole: { en: "Change role", de: "Rolle ändern" } satisfies Text,
  saving: { en: "Saving…", de: "Wird gespeichert…" } satisfies Text,
  roleChanged: (role: Text): Text => ({
    en: `Role changed to ${role.en}.`,
    de: `Rolle geändert zu ${role.de ?? role.en}.`,
  }),

  // Removing a member or leaving
  leave: { en: "Leave", de: "Verlassen" } satisfies Text,
  remove: { en: "Remove", de: "Entfernen" } satisfies Text,
  cancel: { en: "Cancel", de: "Abbrechen" } satisfies Text,
  leaveTitle: (organization: string): Text => ({
    en: `Leave ${organization}?`,
    de: `${organization} verlassen?`,
  }),
  removeTitle: (name: string): Text => ({ en: `Remove ${name}?`, de: `${name} entfernen?` }),
  leaveExplain: (organization: string): Text => ({
    en: `You lose access to ${organization} and are signed out everywhere.`,
    de: `Sie verlieren den Zugang zu ${organization} und werden überall abgemeldet.`,
  }),
  removeExplain: (name: string, organization: string): Text => ({
    en: `${name} loses access to ${organization} at once and is signed out everywhere. You can invite them again later.`,
    de: `${name} verliert sofort den Zugang zu ${organization} und wird überall abgemeldet. Sie können die Person später erneut einladen.`,
  }),
  leaveButton: { en: "Leave organisation", de: "Organisation verlassen" } satisfies Text,
  removeButton: (name: string): Text => ({ en: `Remove ${name}`, de: `${name} entfernen` }),
  memberRemoved: {
    en: "The member was removed and signed out everywhere.",
    de: "Das Mitglied wurde entfernt und überall abgemeldet.",
  } satisfies Text,
};
