// What lib/organizations itself says: the customer roles' names, the refusals it raises, and the
// invitation email it writes (customer portal: English and German; the staff console reads the English).
// Plain data (no "server-only"), so client forms can name the roles too.
import type { CustomerRole } from "../generated/prisma/enums.ts";
import type { Locale } from "../i18n/locale.ts";
import { localize, type Text } from "../i18n/text.ts";
import { quoted } from "../text/quote.ts";
import { toSingleLine } from "../text/single-line.ts";

export const CUSTOMER_ROLE_LABELS: Record<CustomerRole, Text> = {
  OWNER: { en: "Owner", de: "Inhaber" },
  ADMIN: { en: "Admin", de: "Administrator" },
  PRIVACY_OFFICER: { en: "Privacy officer", de: "Datenschutzbeauftragter" },
  MEMBER: { en: "Member", de: "Mitglied" },
  AUDITOR: { en: "Auditor", de: "Prüfer" },
};

const minutes = (n: number): Text => ({
  en: `${n} minute${n === 1 ? "" : "s"}`,
  de: `${n} ${n === 1 ? "Minute" : "Minuten"}`,
});

export const ORGANIZATION_MESSAGES = {
  // Invitations
  onlyOwnerInvitesOwner: {
    en: "Only an owner can invite another owner.",
    de: "Nur ein Inhaber kann einen weiteren Inhaber einladen.",
  },
  alreadyMember: (email: string): Text => ({
    en: `${email} is already a member of this organisation.`,
    de: `${email} ist bereits Mitglied dieser Organisation.`,
  }),
  tooManyInvitations: (n: number): Text => ({
    en: `Too many invitations were sent. Try again in ${minutes(n).en}.`,
    de: `Es wurden zu viele Einladungen gesendet. Versuchen Sie es in ${minutes(n).de} erneut.`,
  }),
  invitationAlreadyClosed: {
    en: "This invitation was already accepted or revoked.",
    de: "Diese Einladung wurde bereits angenommen oder widerrufen.",
  },
  invalidInvitation: {
    en: "This invitation is no longer valid: it has expired, was revoked or was already used. Ask for a new one.",
    de: "Diese Einladung ist nicht mehr gültig: Sie ist abgelaufen, wurde widerrufen oder bereits verwendet. Bitten Sie um eine neue.",
  },
  invitationForSomeoneElse: (invited: string, signedIn: string): Text => ({
    en: `This invitation is for ${invited}, but you are signed in as ${signedIn}. Sign out and sign in as ${invited} to accept it.`,
    de: `Diese Einladung gilt für ${invited}, Sie sind aber als ${signedIn} angemeldet. Melden Sie sich ab und als ${invited} an, um sie anzunehmen.`,
  }),
  accountExists: (email: string): Text => ({
    en: `An account for ${email} already exists. Sign in to accept the invitation.`,
    de: `Für ${email} gibt es bereits ein Konto. Melden Sie sich an, um die Einladung anzunehmen.`,
  }),
  // Field errors of the invitation forms.
  enterEmail: {
    en: "Enter an email address, like name@example.com.",
    de: "Geben Sie eine E-Mail-Adresse ein, etwa name@example.com.",
  },
  chooseRole: { en: "Choose a role.", de: "Wählen Sie eine Rolle." },
  enterName: { en: "Enter your name.", de: "Geben Sie Ihren Namen ein." },
  nameTooLong: { en: "Use at most 120 characters.", de: "Verwenden Sie höchstens 120 Zeichen." },
  choosePassword: { en: "Choose a password.", de: "Wählen Sie ein Passwort." },

  // Customer organisations (staff console)
  slugTaken: (slug: string): Text => ({
    en: `The slug ${slug} is already used by another organisation; choose another.`,
  }),
  ownerAlreadyExists: {
    en: "This organisation already has an owner; its owners invite further members from the portal.",
  },

  // Members
  lastOwnerDemoted: (name: string, role: CustomerRole): Text => ({
    en: `${name} is the last owner of this organisation and cannot be made ${CUSTOMER_ROLE_LABELS[role].en.toLowerCase()}. Make someone else an owner first.`,
    de: `${name} ist der letzte Inhaber dieser Organisation und kann nicht die Rolle „${CUSTOMER_ROLE_LABELS[role].de}“ erhalten. Machen Sie zuerst jemand anderen zum Inhaber.`,
  }),
  lastOwnerRemoved: (name: string): Text => ({
    en: `${name} is the last owner of this organisation and cannot be removed. Make someone else an owner first.`,
    de: `${name} ist der letzte Inhaber dieser Organisation und kann nicht entfernt werden. Machen Sie zuerst jemand anderen zum Inhaber.`,
  }),
  onlyOwnerTouchesOwners: {
    en: "Only an owner can make someone an owner or change or remove an owner.",
    de: "Nur ein Inhaber kann jemanden zum Inhaber machen oder einen Inhaber ändern oder entfernen.",
  },

  // Security policy
  invalidIpRanges: (entries: readonly string[]): Text => ({
    en: `Not a valid IP range: ${entries.slice(0, 3).join(", ")}. Use CIDR notation such as 203.0.113.0/24.`,
    de: `Kein gültiger IP-Bereich: ${entries.slice(0, 3).join(", ")}. Verwenden Sie die CIDR-Schreibweise, etwa 203.0.113.0/24.`,
  }),
  tooManyIpRanges: (max: number): Text => ({
    en: `At most ${max} ranges are allowed.`,
    de: `Höchstens ${max} Bereiche sind erlaubt.`,
  }),
  ownAddressNotAllowed: (ip: string | null): Text => ({
    en: `Your current address (${ip ?? "unknown"}) is not in the list; add it first so you do not lock yourself out.`,
    de: `Ihre aktuelle Adresse (${ip ?? "unbekannt"}) steht nicht in der Liste; fügen Sie sie zuerst hinzu, damit Sie sich nicht selbst aussperren.`,
  }),
  ssoNotEnabled: {
    en: "Set up and enable single sign-on before requiring it.",
    de: "Richten Sie Single Sign-on ein und schalten Sie es ein, bevor Sie es verlangen.",
  },
  ownersDecideAccess: {
    en: "Only an owner can change the allowed networks or whether members must sign in with Microsoft.",
    de: "Nur ein Inhaber kann die erlaubten Netze ändern oder festlegen, ob sich Mitglieder mit Microsoft anmelden müssen.",
  },
  ownMicrosoftAccountFirst: {
    en: "Connect your own Microsoft account first on Account → Two-factor authentication, so you do not lock yourself out.",
    de: "Verbinden Sie zuerst Ihr eigenes Microsoft-Konto unter Konto → Zwei-Faktor-Authentifizierung, damit Sie sich nicht selbst aussperren.",
  },

  // Breach notification contacts
  invalidContacts: (entries: readonly string[]): Text => ({
    en: `Not an email address: ${entries.slice(0, 3).join(", ")}.`,
    de: `Keine E-Mail-Adresse: ${entries.slice(0, 3).join(", ")}.`,
  }),
  tooManyContacts: (max: number): Text => ({
    en: `At most ${max} addresses.`,
    de: `Höchstens ${max} Adressen.`,
  }),
  contactsTooLong: { en: "At most 4,000 characters.", de: "Höchstens 4.000 Zeichen." },
} satisfies Record<string, Text | ((...args: never[]) => Text)>;

/**
 * The invitation email, in `locale` (lib/mail/recipient-locale.ts: the invitee's own choice if the
 * address has an account, else the organisation's default language). It carries the single-use link, so
 * the outbox seals it. The inviter's name is the customer's own words: quoted on its line, so it cannot
 * pass for ours (S25).
 */
export function invitationEmail(
  locale: Locale,
  invitation: {
    organizationName: string;
    inviter: { name: string; email: string };
    role: CustomerRole;
    days: number;
    url: string;
  },
): { subject: string; text: string } {
  const { inviter, role, days, url } = invitation;
  const organizationName = toSingleLine(invitation.organizationName);
  const inviterLine = `${quoted(inviter.name, { locale, max: 120 })} (${toSingleLine(inviter.email, 320)})`;
  const roleName = localize(CUSTOMER_ROLE_LABELS[role], locale);
  if (locale === "de")
    return {
      subject: `Einladung zu ${organizationName}`,
      text: [
        "Guten Tag,",
        "",
        `${inviterLine} hat Sie eingeladen, ${organizationName} im Portal des Trust Centers als ${roleName} beizutreten.`,
        "",
        `Nehmen Sie die Einladung innerhalb von ${days} Tagen an:`,
        url,
        "",
        "Der Link funktioniert einmal. Wenn Sie diese Einladung nicht erwartet haben, können Sie diese E-Mail ignorieren.",
      ].join("\n"),
    };
  return {
    subject: `You are invited to ${organizationName}`,
    text: [
      "Hello,",
      "",
      `${inviterLine} invited you to join ${organizationName} on its trust center portal as ${roleName}.`,
      "",
      `Accept the invitation within ${days} days:`,
      url,
      "",
      "The link works once. If you did not expect this invitation, you can ignore this email.",
    ].join("\n"),
  };
}
