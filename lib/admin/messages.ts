// What lib/admin itself says (staff console: English): the staff roles' names, its refusals, and the
// staff invitation email. Plain data (no "server-only"), so client forms can name the roles too.
import type { StaffRole } from "../generated/prisma/enums.ts";
import type { Text } from "../i18n/text.ts";
import { quoted } from "../text/quote.ts";
import { toSingleLine } from "../text/single-line.ts";

export const STAFF_ROLE_LABELS: Record<StaffRole, string> = {
  ADMIN: "Admin",
  SECURITY: "Security",
  PRIVACY: "Privacy",
  CONTENT: "Content",
  SUPPORT: "Support",
};

export const ADMIN_MESSAGES = {
  cannotDisableOwnAccount: { en: "You cannot disable your own account." },
  roleNotBelowYours: {
    en: "This account's role is equal to or above yours, so you cannot disable or enable it.",
  },

  // Staff roles and second factors (S23)
  cannotManageOwnAccount: {
    en: "You cannot change your own role or reset your own two-factor authentication.",
  },
  accountNotBelowYours: {
    en: "This account's role is equal to or above yours, so you cannot change its role or reset its two-factor authentication.",
  },
  roleNotGrantable: (role: StaffRole): Text => ({
    en: `You cannot grant the role ${STAFF_ROLE_LABELS[role]}: only roles below your own.`,
  }),
  notStaff: { en: "This account is not a staff account. Invite the person to the staff instead." },
  lastAdmin: {
    en: "This is the last active admin account. Make someone else an admin first.",
  },
  mfaNotOn: { en: "Two-factor authentication is not turned on for this account." },

  // Staff invitations
  alreadyStaff: (email: string): Text => ({ en: `${email} already has a staff account.` }),
  invalidInvitation: {
    en: "This invitation is no longer valid: it has expired, was revoked or was already used. Ask for a new one.",
  },
  invitationForSomeoneElse: (invited: string, signedIn: string): Text => ({
    en: `This invitation is for ${invited}, but you are signed in as ${signedIn}. Sign out and sign in as ${invited} to accept it.`,
  }),
  accountExists: (email: string): Text => ({
    en: `An account for ${email} already exists. Sign in to accept the invitation.`,
  }),
} satisfies Record<string, Text | ((...args: never[]) => Text)>;

/**
 * The staff invitation email (it carries the single-use link, so the outbox seals it). The inviter's name
 * is someone's own words: quoted on its line (S25).
 */
export function staffInvitationEmail(invitation: {
  inviter: { name: string; email: string };
  role: StaffRole;
  days: number;
  url: string;
}): { subject: string; text: string } {
  const { inviter, role, days, url } = invitation;
  return {
    subject: "You are invited to the staff console",
    text: [
      "Hello,",
      "",
      `${quoted(inviter.name, { max: 120 })} (${toSingleLine(inviter.email, 320)}) invited you to the trust center's staff console as ${STAFF_ROLE_LABELS[role]}.`,
      "",
      `Accept the invitation within ${days} days:`,
      url,
      "",
      "The link works once. If you did not expect this invitation, you can ignore this email.",
    ].join("\n"),
  };
}
