// What the API says in `detail` (English; German when the caller's Accept-Language prefers it). The
// domain's own texts (lib/<domain>/messages.ts) are used where it gave one.
import type { ErrorCode } from "../errors.ts";
import type { Text } from "../i18n/text.ts";

export const API_ERROR_TEXT: Record<ErrorCode, Text> = {
  invalid: { en: "The request is not valid.", de: "Die Anfrage ist ungültig." },
  unauthenticated: {
    en: "Send a valid, unrevoked API key as `Authorization: Bearer <key>`.",
    de: "Senden Sie einen gültigen, nicht widerrufenen API-Schlüssel als `Authorization: Bearer <Schlüssel>`.",
  },
  forbidden: { en: "This is not allowed.", de: "Dies ist nicht erlaubt." },
  not_found: {
    en: "No such resource in your organisation.",
    de: "Diese Ressource gibt es in Ihrer Organisation nicht.",
  },
  conflict: {
    en: "The resource's state does not allow this.",
    de: "Der Zustand der Ressource erlaubt dies nicht.",
  },
  too_large: { en: "The body is too large.", de: "Der Inhalt ist zu groß." },
  unsupported_type: {
    en: "Send the body as application/json.",
    de: "Senden Sie den Inhalt als application/json.",
  },
  rate_limited: {
    en: "Too many requests with this API key. Wait as long as Retry-After says.",
    de: "Zu viele Anfragen mit diesem API-Schlüssel. Warten Sie so lange, wie Retry-After angibt.",
  },
  internal: { en: "Something went wrong on our side.", de: "Bei uns ist ein Fehler aufgetreten." },
};

export const API_MESSAGES = {
  missingScope: (scope: string): Text => ({
    en: `This API key does not have the scope ${scope}.`,
    de: `Diesem API-Schlüssel fehlt der Geltungsbereich ${scope}.`,
  }),
  invalidJson: {
    en: "The body could not be read as JSON.",
    de: "Der Inhalt konnte nicht als JSON gelesen werden.",
  } satisfies Text,
  invalidFields: (count: number): Text => ({
    en: count === 1 ? "One field is not valid; see errors." : `${count} fields are not valid; see errors.`,
    de: count === 1 ? "Ein Feld ist ungültig; siehe errors." : `${count} Felder sind ungültig; siehe errors.`,
  }),
  tooLarge: (maxBytes: number): Text => ({
    en: `The body is larger than ${maxBytes} bytes.`,
    de: `Der Inhalt ist größer als ${maxBytes} Bytes.`,
  }),
  invalidQuery: (count: number): Text => ({
    en:
      count === 1
        ? "One query parameter is not valid; see errors."
        : `${count} query parameters are not valid; see errors.`,
    de:
      count === 1
        ? "Ein Abfrageparameter ist ungültig; siehe errors."
        : `${count} Abfrageparameter sind ungültig; siehe errors.`,
  }),
  idempotencyKeyShape: {
    en: "Idempotency-Key must be 1 to 255 printable ASCII characters.",
    de: "Idempotency-Key muss aus 1 bis 255 druckbaren ASCII-Zeichen bestehen.",
  } satisfies Text,
  idempotencyKeyReused: {
    en: "This Idempotency-Key was used in the last 24 hours with a different request. Use a new key for a new request.",
    de: "Dieser Idempotency-Key wurde in den letzten 24 Stunden für eine andere Anfrage verwendet. Verwenden Sie für eine neue Anfrage einen neuen Schlüssel.",
  } satisfies Text,
  idempotencyKeyInUse: {
    en: "A request with this Idempotency-Key is still being processed. Retry shortly.",
    de: "Eine Anfrage mit diesem Idempotency-Key wird noch bearbeitet. Versuchen Sie es gleich noch einmal.",
  } satisfies Text,
};
