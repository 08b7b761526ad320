// Words the audit domain itself writes: why a filter of an audit log was left out, the readable names of
// the kinds of record an event is about and of the catalogue's areas, and how the provider's staff appear
// in an organisation's log. The staff console reads them in English, the customer portal in the reader's
// language (English or German).
import type { Text } from "../i18n/text.ts";

export const AUDIT_LOG_MESSAGES = {
  filter: {
    organization: { en: "The organisation is not one we know; the provider's log is shown." },
    event: {
      en: "The event type is not one we know; all event types are shown.",
      de: "Diesen Ereignistyp kennen wir nicht; alle Ereignistypen werden angezeigt.",
    },
    day: {
      en: "The date is not a day of the form YYYY-MM-DD between 2000 and 2100; it was left out.",
      de: "Das Datum ist kein Tag der Form JJJJ-MM-TT zwischen 2000 und 2100; es wurde weggelassen.",
    },
    periodOrder: {
      en: "The period ends before it starts; its end was left out.",
      de: "Der Zeitraum endet vor seinem Beginn; sein Ende wurde weggelassen.",
    },
  } satisfies Record<string, Text>,
  unknownOrganization: { en: "There is no such organisation." },
  /** An export asked for a format other than CSV or JSON. */
  exportFormat: {
    en: "Choose the format: csv or json.",
    de: "Wählen Sie das Format: csv oder json.",
  } satisfies Text,
  /** An event whose action the catalogue no longer knows (written before a rename). */
  unknownEvent: (action: string): Text => ({
    en: `Unknown event (${action})`,
    de: `Unbekanntes Ereignis (${action})`,
  }),
  /**
   * How a member of the provider's staff appears in an organisation's own log: as the provider's staff,
   * never by their address (their identity, address and network stay in the provider's records).
   */
  providerStaff: (provider: string): Text => ({
    en: `${provider} staff`,
    de: `Mitarbeitende von ${provider}`,
  }),
  verifyThrottled: (minutes: number): Text => ({
    en: `The log was verified just now. Try again in ${minutes} ${minutes === 1 ? "minute" : "minutes"}.`,
    de: `Das Protokoll wurde gerade erst geprüft. Bitte versuchen Sie es in ${minutes} ${minutes === 1 ? "Minute" : "Minuten"} erneut.`,
  }),
};

/** Readable names of the records events are about (AuditEvent.targetType). */
export const AUDIT_TARGET_NAMES: Record<string, Text> = {
  AccessGrant: { en: "Document access", de: "Dokumentzugang" },
  AccessRequest: { en: "Access request", de: "Zugangsanfrage" },
  AccessRule: { en: "Access rule", de: "Zugangsregel" },
  ApiKey: { en: "API key", de: "API-Schlüssel" },
  AuditChain: { en: "Audit log", de: "Audit-Protokoll" },
  ComplianceItem: { en: "Compliance item", de: "Compliance-Eintrag" },
  ComplianceRoadmap: { en: "Compliance roadmap", de: "Compliance-Fahrplan" },
  DataSubjectRequest: { en: "Data-subject request", de: "Betroffenenanfrage" },
  DataSystem: { en: "Connected system", de: "Angebundenes System" },
  DirectRequest: { en: "Request from a data subject", de: "Anfrage einer betroffenen Person" },
  DsrPackage: { en: "Request result package", de: "Ergebnispaket einer Anfrage" },
  DsrTask: { en: "Request task", de: "Aufgabe einer Anfrage" },
  Incident: { en: "Incident", de: "Vorfall" },
  IncidentNotification: { en: "Breach notification", de: "Meldung einer Datenschutzverletzung" },
  Invitation: { en: "Invitation", de: "Einladung" },
  LibraryDocument: { en: "Library document", de: "Bibliotheksdokument" },
  Membership: { en: "Membership", de: "Mitgliedschaft" },
  NdaTemplate: { en: "NDA", de: "NDA" },
  NoticePhase: { en: "Breach notice", de: "Meldung" },
  Organization: { en: "Organisation", de: "Organisation" },
  ProviderSettings: { en: "Provider settings", de: "Anbietereinstellungen" },
  Session: { en: "Session", de: "Sitzung" },
  StaffInvitation: { en: "Staff invitation", de: "Einladung für Mitarbeitende" },
  SsoConnection: { en: "Microsoft sign-in connection", de: "Verbindung für die Microsoft-Anmeldung" },
  SsoDomainClaim: { en: "Email domain claim", de: "Anspruch auf eine E-Mail-Domain" },
  SsoIdentity: { en: "Microsoft account", de: "Microsoft-Konto" },
  Subprocessor: { en: "Subprocessor", de: "Unterauftragsverarbeiter" },
  SubprocessorChange: { en: "Subprocessor change", de: "Änderung bei Unterauftragsverarbeitern" },
  SubprocessorList: { en: "Subprocessor list", de: "Liste der Unterauftragsverarbeiter" },
  Subscriber: { en: "Subscriber", de: "Abonnent" },
  TrustDocument: { en: "Policy document", de: "Richtliniendokument" },
  TrustDocumentDraft: { en: "Policy document draft", de: "Entwurf eines Richtliniendokuments" },
  TrustDocumentVersion: { en: "Policy document version", de: "Version eines Richtliniendokuments" },
  User: { en: "User", de: "Benutzer" },
  WebhookEndpoint: { en: "Webhook endpoint", de: "Webhook-Endpunkt" },
};

/** The event catalogue's areas (the first part of an event's code), for the event type lists. */
export const AUDIT_EVENT_AREAS: Record<string, Text> = {
  auth: { en: "Sign-in and account security", de: "Anmeldung und Kontosicherheit" },
  mfa: { en: "Two-factor authentication", de: "Zwei-Faktor-Authentifizierung" },
  sso: { en: "Microsoft sign-in", de: "Microsoft-Anmeldung" },
  authz: { en: "Access refusals", de: "Abgelehnte Zugriffe" },
  account: { en: "Accounts", de: "Konten" },
  admin: { en: "Staff administration", de: "Verwaltung der Mitarbeitenden" },
  org: { en: "Organisations", de: "Organisation" },
  provider: { en: "Provider", de: "Anbieter" },
  breach: { en: "Incidents and breach notifications", de: "Vorfälle und Meldungen" },
  trust: { en: "Trust center", de: "Trust Center" },
  audit: { en: "Audit log", de: "Audit-Protokoll" },
  seed: { en: "Demo data", de: "Demodaten" },
  dsr: { en: "Data-subject requests", de: "Betroffenenanfragen" },
  api: { en: "API keys", de: "API-Schlüssel" },
  webhook: { en: "Webhooks", de: "Webhooks" },
  retention: { en: "Retention", de: "Aufbewahrung" },
  hold: { en: "Legal holds", de: "Rechtliche Sperren" },
  records: { en: "Records of processing", de: "Verzeichnis der Verarbeitungstätigkeiten" },
};
