// Words of the portal's API page (customer portal: English and German, chosen by the request's
// language): API keys for the controller API and webhook endpoints for signed status events.
import type { Text } from "@/lib/i18n/text";

/** The portal navigation's entry. */
export const API_NAV: Text = { en: "API", de: "API" };

export const API_PAGE_MESSAGES = {
  title: { en: "API and webhooks", de: "API und Webhooks" } satisfies Text,
  description: {
    en: "Connect your own privacy tooling: file and follow data-subject requests through the API, and receive signed events when their status changes.",
    de: "Binden Sie Ihre eigenen Datenschutzwerkzeuge an: Betroffenenanfragen über die API stellen und verfolgen, und signierte Ereignisse erhalten, wenn sich ihr Status ändert.",
  } satisfies Text,
  documentation: { en: "API description (OpenAPI 3.1)", de: "API-Beschreibung (OpenAPI 3.1)" } satisfies Text,
};

export const API_KEY_PAGE_MESSAGES = {
  keysTitle: { en: "API keys", de: "API-Schlüssel" } satisfies Text,
  keysCaption: {
    en: "API keys of this organisation",
    de: "API-Schlüssel dieser Organisation",
  } satisfies Text,
  emptyTitle: { en: "No API keys yet", de: "Noch keine API-Schlüssel" } satisfies Text,
  emptyDescription: {
    en: "An API key lets your own systems file data-subject requests with us and follow their progress without anyone signing in: for example your ticketing or consent tool, when a customer of yours asks for their data or its erasure. Each key belongs to this organisation only and does only what its scopes allow. The API description lists every operation.",
    de: "Mit einem API-Schlüssel können Ihre eigenen Systeme Betroffenenanfragen bei uns stellen und ihren Fortschritt verfolgen, ohne dass sich jemand anmeldet: zum Beispiel Ihr Ticket- oder Einwilligungssystem, wenn eine Ihrer Kundinnen Auskunft oder Löschung verlangt. Jeder Schlüssel gehört nur zu dieser Organisation und darf nur, was seine Geltungsbereiche erlauben. Die API-Beschreibung nennt jede Operation.",
  } satisfies Text,
  createTitle: { en: "Create an API key", de: "API-Schlüssel erstellen" } satisfies Text,
  name: { en: "Name", de: "Name" } satisfies Text,
  nameHint: {
    en: "Where the key is used, e.g. “Ticketing system”. It names the key in the audit log.",
    de: "Wo der Schlüssel verwendet wird, z. B. „Ticketsystem“. Er benennt den Schlüssel im Audit-Protokoll.",
  } satisfies Text,
  scopes: { en: "Scopes", de: "Geltungsbereiche" } satisfies Text,
  scopeLabels: {
    "dsr:read": {
      en: "dsr:read: list and read data-subject requests",
      de: "dsr:read: Betroffenenanfragen auflisten und lesen",
    },
    "dsr:write": {
      en: "dsr:write: file data-subject requests",
      de: "dsr:write: Betroffenenanfragen stellen",
    },
  } satisfies Record<string, Text>,
  create: { en: "Create key", de: "Schlüssel erstellen" } satisfies Text,
  creating: { en: "Creating…", de: "Wird erstellt…" } satisfies Text,
  created: (name: string): Text => ({
    en: `API key “${name}” created.`,
    de: `API-Schlüssel „${name}“ erstellt.`,
  }),
  copyHint: {
    en: "Copy the key now and keep it in your system's secret store: it is shown only this once. We keep only a fingerprint of it.",
    de: "Kopieren Sie den Schlüssel jetzt und legen Sie ihn im Geheimnisspeicher Ihres Systems ab: Er wird nur dieses eine Mal angezeigt. Wir speichern nur einen Fingerabdruck davon.",
  } satisfies Text,
  keyLabel: { en: "Your new API key", de: "Ihr neuer API-Schlüssel" } satisfies Text,
  copy: { en: "Copy", de: "Kopieren" } satisfies Text,
  copied: { en: "Copied", de: "Kopiert" } satisfies Text,
  key: { en: "Key", de: "Schlüssel" } satisfies Text,
  created_: { en: "Created", de: "Erstellt" } satisfies Text,
  by: { en: "by", de: "von" } satisfies Text,
  lastUsed: { en: "Last used", de: "Zuletzt verwendet" } satisfies Text,
  never: { en: "Never", de: "Nie" } satisfies Text,
  status: { en: "Status", de: "Status" } satisfies Text,
  active: { en: "Active", de: "Aktiv" } satisfies Text,
  revokedAt: { en: "Revoked", de: "Widerrufen" } satisfies Text,
  revoke: { en: "Revoke", de: "Widerrufen" } satisfies Text,
  actions: { en: "Actions", de: "Aktionen" } satisfies Text,
  revokeTitle: (name: string): Text => ({
    en: `Revoke “${name}”?`,
    de: `„${name}“ widerrufen?`,
  }),
  revokeBody: {
    en: "Every request with this key is refused from now on. This cannot be undone; create a new key if you need one.",
    de: "Jede Anfrage mit diesem Schlüssel wird ab sofort abgelehnt. Das lässt sich nicht rückgängig machen; erstellen Sie bei Bedarf einen neuen Schlüssel.",
  } satisfies Text,
  revokeConfirm: (name: string): Text => ({
    en: `Revoke ${name}`,
    de: `${name} widerrufen`,
  }),
  revoked: (name: string): Text => ({
    en: `API key “${name}” revoked.`,
    de: `API-Schlüssel „${name}“ widerrufen.`,
  }),
  cancel: { en: "Cancel", de: "Abbrechen" } satisfies Text,
};

export const WEBHOOK_PAGE_MESSAGES = {
  title: { en: "Webhook endpoints", de: "Webhook-Endpunkte" } satisfies Text,
  intro: {
    en: "We send a signed HTTPS POST to your endpoint when something happens, for example when a data-subject request changes status. Each message carries Standard Webhooks headers (webhook-id, webhook-timestamp, webhook-signature: HMAC-SHA256 with the endpoint's secret); verify the signature and drop repeats by webhook-id. Failed deliveries are retried with increasing waits for about five hours.",
    de: "Wir senden einen signierten HTTPS-POST an Ihren Endpunkt, wenn etwas geschieht, zum Beispiel wenn eine Betroffenenanfrage ihren Status ändert. Jede Nachricht trägt Standard-Webhooks-Header (webhook-id, webhook-timestamp, webhook-signature: HMAC-SHA256 mit dem Geheimnis des Endpunkts); prüfen Sie die Signatur und verwerfen Sie Wiederholungen anhand der webhook-id. Fehlgeschlagene Zustellungen werden etwa fünf Stunden lang mit wachsenden Abständen wiederholt.",
  } satisfies Text,
  createTitle: { en: "Add an endpoint", de: "Endpunkt hinzufügen" } satisfies Text,
  url: { en: "Endpoint URL", de: "Adresse des Endpunkts" } satisfies Text,
  urlHint: {
    en: "A public https:// address of your system.",
    de: "Eine öffentliche https://-Adresse Ihres Systems.",
  } satisfies Text,
  events: { en: "Events", de: "Ereignisse" } satisfies Text,
  add: { en: "Add endpoint", de: "Endpunkt hinzufügen" } satisfies Text,
  adding: { en: "Adding…", de: "Wird hinzugefügt…" } satisfies Text,
  added: { en: "Endpoint added.", de: "Endpunkt hinzugefügt." } satisfies Text,
  secretHint: {
    en: "Copy the signing secret now and store it with your receiver: it is shown only this once. We keep it encrypted to sign messages.",
    de: "Kopieren Sie das Signaturgeheimnis jetzt und hinterlegen Sie es bei Ihrem Empfänger: Es wird nur dieses eine Mal angezeigt. Wir speichern es verschlüsselt, um Nachrichten zu signieren.",
  } satisfies Text,
  secretLabel: { en: "Signing secret", de: "Signaturgeheimnis" } satisfies Text,
  emptyTitle: { en: "No webhook endpoints", de: "Keine Webhook-Endpunkte" } satisfies Text,
  emptyDescription: {
    en: "Add an endpoint to hear about status changes of your data-subject requests as they happen, instead of asking the API.",
    de: "Fügen Sie einen Endpunkt hinzu, um von Statusänderungen Ihrer Betroffenenanfragen sofort zu erfahren, statt die API abzufragen.",
  } satisfies Text,
  active: { en: "Active", de: "Aktiv" } satisfies Text,
  disabledByFailures: (failures: number): Text => ({
    en: `Disabled after ${failures} failed attempts in a row`,
    de: `Nach ${failures} gescheiterten Versuchen in Folge deaktiviert`,
  }),
  addedBy: { en: "Added by", de: "Hinzugefügt von" } satisfies Text,
  sendTest: { en: "Send test event", de: "Testereignis senden" } satisfies Text,
  sending: { en: "Sending…", de: "Wird gesendet…" } satisfies Text,
  testQueued: (messageId: string): Text => ({
    en: `Test event ${messageId} queued; it appears in the delivery log below.`,
    de: `Testereignis ${messageId} eingereiht; es erscheint unten im Zustellprotokoll.`,
  }),
  enable: { en: "Enable again", de: "Wieder aktivieren" } satisfies Text,
  enabled: { en: "Endpoint enabled.", de: "Endpunkt aktiviert." } satisfies Text,
  remove: { en: "Remove", de: "Entfernen" } satisfies Text,
  removeTitle: { en: "Remove this endpoint?", de: "Diesen Endpunkt entfernen?" } satisfies Text,
  removeBody: {
    en: "Nothing more is sent to it, and its delivery log is deleted.",
    de: "Es wird nichts mehr an ihn gesendet, und sein Zustellprotokoll wird gelöscht.",
  } satisfies Text,
  removeConfirm: { en: "Remove endpoint", de: "Endpunkt entfernen" } satisfies Text,
  removed: { en: "Endpoint removed.", de: "Endpunkt entfernt." } satisfies Text,
  cancel: { en: "Cancel", de: "Abbrechen" } satisfies Text,
  log: { en: "Delivery log (latest 10)", de: "Zustellprotokoll (letzte 10)" } satisfies Text,
  logEmpty: { en: "Nothing sent yet", de: "Noch nichts gesendet" } satisfies Text,
  logEmptyDescription: {
    en: "Send a test event to check that your receiver verifies the signature.",
    de: "Senden Sie ein Testereignis, um zu prüfen, ob Ihr Empfänger die Signatur prüft.",
  } satisfies Text,
  event: { en: "Event", de: "Ereignis" } satisfies Text,
  queuedAt: { en: "Queued", de: "Eingereiht" } satisfies Text,
  status: { en: "Status", de: "Status" } satisfies Text,
  statusLabels: {
    PENDING: { en: "Waiting", de: "Wartet" },
    DELIVERED: { en: "Delivered", de: "Zugestellt" },
    FAILED: { en: "Failed", de: "Gescheitert" },
  } satisfies Record<string, Text>,
  answer: { en: "Last answer", de: "Letzte Antwort" } satisfies Text,
  noAnswer: { en: "none", de: "keine" } satisfies Text,
  attempts: { en: "Attempts", de: "Versuche" } satisfies Text,
  nextAttempt: { en: "Next attempt", de: "Nächster Versuch" } satisfies Text,
};
