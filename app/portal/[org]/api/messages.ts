// Words of the portal's API page (customer portal: English and German, chosen by the request's
// language): API keys for the controller API and webhook endpoints for signed status events.
import type { Text } from "@/lib/i18n/text";

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
