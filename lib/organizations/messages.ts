// What lib/organizations itself says: the customer roles' names, the refusals it raises, and the
// invitation email it writes. The customer portal is English today. Plain data (no "server-only"), so
// client forms can name the roles too.
import type { CustomerRole } from "../generated/prisma/enums.ts";
import type { Text } from "../i18n/text.ts";
import { quoted } from "../text/quote.ts";
import { toSingleLine } from "../text/single-line.ts";

export const CUSTOMER_ROLE_LABELS: Record<CustomerRole, string> = {
  OWNER: "Owner",
  ADMIN: "Admin",
  PRIVACY_OFFICER: "Privacy officer",
  MEMBER: "Member",
  AUDITOR: "Auditor",
};

export const ORGANIZATION_MESSAGES = {
  // Invitations
  onlyOwnerInvitesOwner: { en: "Only an owner can invite another owner." },
  alreadyMember: (email: string): Text => ({ en: `${email} is already a member of this organisation.` }),
  tooManyInvitations: (minutes: number): Text => ({
    en: `Too many invitations were sent. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`,
  }),
  invitationAlreadyClosed: { en: "This invitation was already accepted or revoked." },
  invalidInvitation: {
    en: "This invitation is no longer valid: it has expired, was revoked or was already used. Ask for a new one.",
  },
  invitationForSomeoneElse: (invited: string, signedIn: string): Text => ({
    en: `This invitation is for ${invited}, but you are signed in as ${signedIn}. Sign out and sign in as ${invited} to accept it.`,
  }),
  accountExists: (email: string): Text => ({
    en: `An account for ${email} already exists. Sign in to accept the invitation.`,
  }),

  // Customer organisations (staff console)
  slugTaken: (slug: string): Text => ({
    en: `The slug ${slug} is already used by another organisation; choose another.`,
  }),
  ownerAlreadyExists: {
    en: "This organisation already has an owner; its owners invite further members from the portal.",
  },

  // Members
  lastOwnerDemoted: (name: string, role: CustomerRole): Text => ({
    en: `${name} is the last owner of this organisation and cannot be made ${CUSTOMER_ROLE_LABELS[role].toLowerCase()}. Make someone else an owner first.`,
  }),
  lastOwnerRemoved: (name: string): Text => ({
    en: `${name} is the last owner of this organisation and cannot be removed. Make someone else an owner first.`,
  }),
  onlyOwnerTouchesOwners: {
    en: "Only an owner can make someone an owner or change or remove an owner.",
  },

  // Security policy
  invalidIpRanges: (entries: readonly string[]): Text => ({
    en: `Not a valid IP range: ${entries.slice(0, 3).join(", ")}. Use CIDR notation such as 203.0.113.0/24.`,
  }),
  tooManyIpRanges: (max: number): Text => ({ en: `At most ${max} ranges are allowed.` }),
  ownAddressNotAllowed: (ip: string | null): Text => ({
    en: `Your current address (${ip ?? "unknown"}) is not in the list; add it first so you do not lock yourself out.`,
  }),
  ssoNotEnabled: { en: "Set up and enable single sign-on before requiring it." },
  ownersDecideAccess: {
    en: "Only an owner can change the allowed networks or whether members must sign in with Microsoft.",
  },
  ownMicrosoftAccountFirst: {
    en: "Connect your own Microsoft account first on Account → Two-factor authentication, so you do not lock yourself out.",
  },

  // Breach notification contacts
  invalidContacts: (entries: readonly string[]): Text => ({
    en: `Not an email address: ${entries.slice(0, 3).join(", ")}.`,
  }),
  tooManyContacts: (max: number): Text => ({ en: `At most ${max} addresses.` }),
} satisfies Record<string, Text | ((...args: never[]) => Text)>;

/**
 * The invitation email (it carries the single-use link, so the outbox seals it). The inviter's name is
 * the customer's own words: quoted on its line, so it cannot pass for ours (S25).
 */
export function invitationEmail(invitation: {
  organizationName: string;
  inviter: { name: string; email: string };
  role: CustomerRole;
  days: number;
  url: string;
}): { subject: string; text: string } {
  const { inviter, role, days, url } = invitation;
  const organizationName = toSingleLine(invitation.organizationName);
  return {
    subject: `You are invited to ${organizationName}`,
    text: [
      "Hello,",
      "",
      `${quoted(inviter.name, { max: 120 })} (${toSingleLine(inviter.email, 320)}) invited you to join ${organizationName} on its trust center portal as ${CUSTOMER_ROLE_LABELS[role]}.`,
      "",
      `Accept the invitation within ${days} days:`,
      url,
      "",
      "The link works once. If you did not expect this invitation, you can ignore this email.",
    ].join("\n"),
  };
}
