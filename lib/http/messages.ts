// What the edge says about a refused or failed request when the domain gave no text of its own.
import type { ErrorCode } from "../errors.ts";
import type { Text } from "../i18n/text.ts";

export const ERROR_TEXT: Record<ErrorCode, Text> = {
  invalid: { en: "The request could not be processed.", de: "Die Anfrage konnte nicht verarbeitet werden." },
  unauthenticated: { en: "Please sign in to continue.", de: "Bitte melden Sie sich an, um fortzufahren." },
  forbidden: { en: "You do not have permission to do this.", de: "Dazu fehlt Ihnen die Berechtigung." },
  not_found: {
    en: "The page or record was not found.",
    de: "Die Seite oder der Eintrag wurde nicht gefunden.",
  },
  conflict: {
    en: "This was changed meanwhile. Reload the page and try again.",
    de: "Dies wurde inzwischen geändert. Laden Sie die Seite neu und versuchen Sie es erneut.",
  },
  too_large: { en: "The upload is too large.", de: "Die Datei ist zu groß." },
  unsupported_type: {
    en: "This type of file is not accepted.",
    de: "Dieser Dateityp wird nicht angenommen.",
  },
  rate_limited: {
    en: "Too many attempts. Please wait a moment and try again.",
    de: "Zu viele Versuche. Bitte warten Sie einen Moment und versuchen Sie es erneut.",
  },
  internal: { en: "Something went wrong on our side.", de: "Bei uns ist ein Fehler aufgetreten." },
};

export const HTTP_MESSAGES = {
  crossSite: {
    en: "This request did not come from this site.",
    de: "Diese Anfrage kam nicht von dieser Website.",
  },
  correctFields: {
    en: "Please correct the highlighted fields.",
    de: "Bitte korrigieren Sie die markierten Felder.",
  },
  reference: (reference: string): Text => ({ en: `Reference: ${reference}`, de: `Referenz: ${reference}` }),
} as const;
