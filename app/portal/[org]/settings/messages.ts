// Words of the security settings page and its actions (customer portal: English and German).
import type { Text } from "@/lib/i18n/text";

export const SETTINGS_MESSAGES = {
  title: { en: "Security settings", de: "Sicherheitseinstellungen" } satisfies Text,
  description: {
    en: "Policies that apply to every member of your organisation in this portal, and who receives breach notifications.",
    de: "Richtlinien, die in diesem Portal für jedes Mitglied Ihrer Organisation gelten, und wer Meldungen von Datenschutzverletzungen erhält.",
  } satisfies Text,
  policiesTitle: { en: "Sign-in and access policies", de: "Anmelde- und Zugriffsrichtlinien" } satisfies Text,
  saving: { en: "Saving…", de: "Wird gespeichert…" } satisfies Text,
  nothingChanged: { en: "Nothing changed.", de: "Nichts geändert." } satisfies Text,

  // The security policy form
  mfaLegend: { en: "Two-factor authentication", de: "Zwei-Faktor-Authentifizierung" } satisfies Text,
  requireMfa: {
    en: "Require two-factor authentication for every member.",
    de: "Zwei-Faktor-Authentifizierung für jedes Mitglied verlangen.",
  } satisfies Text,
  requireMfaHint: (withoutMfa: number): Text => ({
    en: `Members without it are asked to set it up at their next request. ${withoutMfa} member(s) have not set it up yet.`,
    de: `Mitglieder ohne sie werden bei ihrer nächsten Anfrage aufgefordert, sie einzurichten. ${withoutMfa} ${withoutMfa === 1 ? "Mitglied hat" : "Mitglieder haben"} sie noch nicht eingerichtet.`,
  }),
  /** Shown to admins above the access restrictions they cannot change (S23). */
  ownersDecideAccess: {
    en: "An owner decides these: the allowed networks and Microsoft-only sign-in can shut members out, owners included. You see them here, but only an owner can change them.",
    de: "Darüber entscheidet ein Inhaber: Die erlaubten Netze und die reine Microsoft-Anmeldung können Mitglieder aussperren, auch Inhaber. Sie sehen sie hier, aber nur ein Inhaber kann sie ändern.",
  } satisfies Text,
  ssoLegend: { en: "Single sign-on", de: "Single Sign-on" } satisfies Text,
  ssoRequired: {
    en: "Members must sign in with Microsoft (password and email-link sign-in are blocked).",
    de: "Mitglieder müssen sich mit Microsoft anmelden (Anmeldung mit Passwort und per E-Mail-Link ist gesperrt).",
  } satisfies Text,
  setUpSsoFirst: {
    en: "Set up and enable single sign-on below first.",
    de: "Richten Sie zuerst unten Single Sign-on ein und schalten Sie es ein.",
  } satisfies Text,
  connectOwnFirst: {
    en: "Before you can require it, connect your own Microsoft account on",
    de: "Bevor Sie es verlangen können, verbinden Sie Ihr eigenes Microsoft-Konto unter",
  } satisfies Text,
  accountSecurityLink: {
    en: "Account → Two-factor authentication",
    de: "Konto → Zwei-Faktor-Authentifizierung",
  } satisfies Text,
  membersWithoutSso: (count: number): Text => ({
    en: `${count === 1 ? "1 member has" : `${count} members have`} not connected a Microsoft account. While Microsoft sign-in is required they cannot sign in until they connect one (Account → Two-factor authentication, while they are still signed in), so ask them to connect it first.`,
    de: `${count === 1 ? "1 Mitglied hat" : `${count} Mitglieder haben`} kein Microsoft-Konto verbunden. Solange die Microsoft-Anmeldung verlangt wird, können sie sich erst anmelden, wenn sie eines verbinden (Konto → Zwei-Faktor-Authentifizierung, solange sie noch angemeldet sind); bitten Sie sie also, es zuerst zu verbinden.`,
  }),
  allowedNetworks: { en: "Allowed networks", de: "Erlaubte Netze" } satisfies Text,
  allowedNetworksHint: (ip: string | null): Text => ({
    en: `One IP range per line in CIDR notation (e.g. 203.0.113.0/24). Leave empty to allow any address. Your current address is ${ip ?? "unknown"}.`,
    de: `Ein IP-Bereich pro Zeile in CIDR-Schreibweise (z. B. 203.0.113.0/24). Leer lassen, um jede Adresse zu erlauben. Ihre aktuelle Adresse ist ${ip ?? "unbekannt"}.`,
  }),
  saveSecurity: { en: "Save security settings", de: "Sicherheitseinstellungen speichern" } satisfies Text,
  securityPolicySaved: {
    en: "Security settings saved.",
    de: "Sicherheitseinstellungen gespeichert.",
  } satisfies Text,

  // Breach notification contacts
  contactsTitle: {
    en: "Breach notification contacts",
    de: "Empfänger von Meldungen zu Datenschutzverletzungen",
  } satisfies Text,
  contactsLabel: { en: "Additional addresses", de: "Weitere Adressen" } satisfies Text,
  contactsHint: {
    en: "One per line, at most 10 — e.g. your privacy team's mailbox. Owners, admins and privacy officers always receive breach notifications.",
    de: "Eine pro Zeile, höchstens 10 – etwa das Postfach Ihres Datenschutzteams. Inhaber, Administratoren und Datenschutzbeauftragte erhalten Meldungen zu Datenschutzverletzungen immer.",
  } satisfies Text,
  saveContacts: { en: "Save contacts", de: "Empfänger speichern" } satisfies Text,
  breachContactsSaved: (contacts: readonly string[]): Text =>
    contacts.length
      ? {
          en: `Breach notifications also go to ${contacts.join(", ")}.`,
          de: `Meldungen zu Datenschutzverletzungen gehen auch an ${contacts.join(", ")}.`,
        }
      : {
          en: "Breach notifications go to owners, admins and privacy officers only.",
          de: "Meldungen zu Datenschutzverletzungen gehen nur an Inhaber, Administratoren und Datenschutzbeauftragte.",
        },
};
