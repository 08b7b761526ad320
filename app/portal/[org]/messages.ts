// Words of the portal's frame (area, navigation) and its home page (customer portal: English and
// German, in the reader's language).
import type { Text } from "@/lib/i18n/text";

export const PORTAL_LAYOUT_MESSAGES = {
  area: { en: "Customer portal", de: "Kundenportal" } satisfies Text,
  overview: { en: "Overview", de: "Übersicht" } satisfies Text,
  members: { en: "Members", de: "Mitglieder" } satisfies Text,
  securitySettings: { en: "Security settings", de: "Sicherheitseinstellungen" } satisfies Text,
  breachNotifications: {
    en: "Breach notifications",
    de: "Meldungen von Datenschutzverletzungen",
  } satisfies Text,
  auditLog: { en: "Audit log", de: "Audit-Protokoll" } satisfies Text,
};

export const PORTAL_HOME_MESSAGES = {
  title: { en: "Customer portal", de: "Kundenportal" } satisfies Text,
  description: {
    en: "Your organisation's data-processing relationship with us.",
    de: "Die Auftragsverarbeitung zwischen Ihrer Organisation und uns.",
  } satisfies Text,
  signedInAs: { en: "You are signed in as", de: "Sie sind angemeldet als" } satisfies Text,
  breachWindowTitle: { en: "Breach notification window", de: "Meldefrist bei Datenpannen" } satisfies Text,
  hours: (hours: number): Text => ({ en: `${hours} hours`, de: `${hours} Stunden` }),
  breachWindow: {
    en: "from our awareness of a personal-data breach, per your contract.",
    de: "ab unserer Kenntnis einer Verletzung des Schutzes personenbezogener Daten, laut Ihrem Vertrag.",
  } satisfies Text,
  dsrTitle: {
    en: "Data-subject request assistance",
    de: "Unterstützung bei Betroffenenanfragen",
  } satisfies Text,
  days: (days: number): Text => ({ en: `${days} days`, de: `${days} Tage` }),
  dsr: {
    en: "our contractual due date for assisting with each request.",
    de: "unsere vertragliche Frist für die Unterstützung bei jeder Anfrage.",
  } satisfies Text,
  membersTitle: { en: "Members", de: "Mitglieder" } satisfies Text,
  members: {
    en: "people from your organisation can sign in here.",
    de: "Personen aus Ihrer Organisation können sich hier anmelden.",
  } satisfies Text,
};
