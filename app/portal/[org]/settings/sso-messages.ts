// What the organisation's Microsoft sign-in settings say (customer portal: English and German).
import type { SsoDomainClaimStatus } from "@/lib/generated/prisma/enums";
import type { Text } from "@/lib/i18n/text";

const list = (domains: readonly string[]) => domains.join(", ");

export const SSO_SETTINGS_MESSAGES = {
  saved: (created: boolean, requested: readonly string[] = []): Text => ({
    en: [
      created ? "Microsoft sign-in is set up." : "Microsoft sign-in settings saved.",
      requested.length > 0 &&
        `${list(requested)} ${requested.length === 1 ? "waits" : "wait"} for approval by the provider's staff before people there can sign in with Microsoft.`,
    ]
      .filter(Boolean)
      .join(" "),
    de: [
      created
        ? "Die Microsoft-Anmeldung ist eingerichtet."
        : "Einstellungen der Microsoft-Anmeldung gespeichert.",
      requested.length > 0 &&
        `${list(requested)} ${requested.length === 1 ? "wartet" : "warten"} auf die Freigabe durch die Mitarbeiter des Anbieters, bevor sich Personen dort mit Microsoft anmelden können.`,
    ]
      .filter(Boolean)
      .join(" "),
  }),
  title: {
    en: "Single sign-on with Microsoft Entra ID",
    de: "Single Sign-on mit Microsoft Entra ID",
  } satisfies Text,
  enabled: { en: "Enabled", de: "Eingeschaltet" } satisfies Text,
  disabled: { en: "Disabled", de: "Ausgeschaltet" } satisfies Text,
  notSetUp: { en: "Not set up", de: "Nicht eingerichtet" } satisfies Text,
  intro: {
    en: "Register a web application in your Entra ID tenant and enter its details here. People whose email domain is listed and approved are offered “Sign in with Microsoft”; the first time they sign in they become members with the role you choose. Existing accounts are never linked by email address.",
    de: "Registrieren Sie eine Webanwendung in Ihrem Entra-ID-Mandanten und tragen Sie ihre Angaben hier ein. Personen, deren E-Mail-Domain eingetragen und freigegeben ist, wird „Mit Microsoft anmelden“ angeboten; bei ihrer ersten Anmeldung werden sie Mitglieder mit der Rolle, die Sie wählen. Bestehende Konten werden nie über die E-Mail-Adresse verknüpft.",
  } satisfies Text,
  redirectUri: {
    en: "Redirect URI to register (platform “Web”):",
    de: "Zu registrierender Umleitungs-URI (Plattform „Web“):",
  } satisfies Text,
  lastSaved: { en: "Last saved", de: "Zuletzt gespeichert" } satisfies Text,
  /** While members must sign in with Microsoft, the connection is the only way in (S23). */
  requiredOwner: {
    en: "Members must sign in with Microsoft, so this connection is the only way in: it cannot be switched off or moved to another tenant until that requirement is turned off above.",
    de: "Mitglieder müssen sich mit Microsoft anmelden, diese Verbindung ist also der einzige Zugang: Sie kann weder ausgeschaltet noch auf einen anderen Mandanten umgestellt werden, bis diese Vorgabe oben ausgeschaltet ist.",
  } satisfies Text,
  requiredAdmin: {
    en: "Members must sign in with Microsoft, so this connection is the only way in: only an owner can change it.",
    de: "Mitglieder müssen sich mit Microsoft anmelden, diese Verbindung ist also der einzige Zugang: Nur ein Inhaber kann sie ändern.",
  } satisfies Text,
  /** The state of one domain's claim (S27). */
  domainStatus: {
    PENDING: { en: "Waiting for approval", de: "Wartet auf Freigabe" },
    APPROVED: { en: "Approved", de: "Freigegeben" },
    REFUSED: { en: "Refused", de: "Abgelehnt" },
  } satisfies Record<SsoDomainClaimStatus, Text>,
  domainsAndApproval: {
    en: "Email domains and their approval",
    de: "E-Mail-Domains und ihre Freigabe",
  } satisfies Text,
  // The form
  formLabel: { en: "Microsoft sign-in settings", de: "Einstellungen der Microsoft-Anmeldung" } satisfies Text,
  tenantId: { en: "Directory (tenant) ID", de: "Verzeichnis-ID (Mandant)" } satisfies Text,
  tenantIdHint: {
    en: "A GUID from the app registration's overview page.",
    de: "Eine GUID von der Übersichtsseite der App-Registrierung.",
  } satisfies Text,
  clientId: { en: "Application (client) ID", de: "Anwendungs-ID (Client)" } satisfies Text,
  clientSecret: { en: "Client secret", de: "Geheimer Clientschlüssel" } satisfies Text,
  secretStored: {
    en: "A secret is stored (encrypted) and is never shown. Leave empty to keep it, or enter a new one to replace it.",
    de: "Ein Schlüssel ist (verschlüsselt) gespeichert und wird nie angezeigt. Leer lassen, um ihn zu behalten, oder einen neuen eingeben, um ihn zu ersetzen.",
  } satisfies Text,
  secretNew: {
    en: "The secret's value from Certificates & secrets in the app registration. It is stored encrypted and never shown again.",
    de: "Der Wert des Schlüssels aus „Zertifikate & Geheimnisse“ der App-Registrierung. Er wird verschlüsselt gespeichert und nie wieder angezeigt.",
  } satisfies Text,
  allowedDomains: { en: "Allowed email domains", de: "Erlaubte E-Mail-Domains" } satisfies Text,
  domainsHint: {
    en: "One per line or separated by commas, e.g. acme.example. A domain can belong to one organisation only. The provider's staff check that your organisation controls a new domain before it is used for sign-in.",
    de: "Eine pro Zeile oder durch Kommas getrennt, z. B. acme.example. Eine Domain kann nur zu einer Organisation gehören. Die Mitarbeiter des Anbieters prüfen, ob Ihre Organisation eine neue Domain kontrolliert, bevor sie für die Anmeldung verwendet wird.",
  } satisfies Text,
  jitRole: {
    en: "Role for people who join by signing in with Microsoft",
    de: "Rolle für Personen, die durch die Anmeldung mit Microsoft beitreten",
  } satisfies Text,
  enabledLabel: { en: "Enabled", de: "Eingeschaltet" } satisfies Text,
  enabledHint: {
    en: "When off, nobody can sign in with Microsoft for this organisation.",
    de: "Wenn ausgeschaltet, kann sich niemand für diese Organisation mit Microsoft anmelden.",
  } satisfies Text,
  save: { en: "Save Microsoft sign-in", de: "Microsoft-Anmeldung speichern" } satisfies Text,
  saving: { en: "Saving…", de: "Wird gespeichert…" } satisfies Text,
};
