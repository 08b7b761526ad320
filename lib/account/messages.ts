// What the user's own account says in lib/: the refusals of the profile and language forms (English
// and German: the account pages speak the reader's language).
import type { Text } from "../i18n/text.ts";

export const ACCOUNT_MESSAGES = {
  nameRequired: { en: "Enter your name.", de: "Geben Sie Ihren Namen ein." } satisfies Text,
  nameTooLong: {
    en: "Use at most 120 characters.",
    de: "Verwenden Sie höchstens 120 Zeichen.",
  } satisfies Text,
  chooseLanguage: { en: "Choose a language.", de: "Wählen Sie eine Sprache." } satisfies Text,
  unknownTimeZone: {
    en: "Choose a time zone from the list.",
    de: "Wählen Sie eine Zeitzone aus der Liste.",
  } satisfies Text,
} as const;
