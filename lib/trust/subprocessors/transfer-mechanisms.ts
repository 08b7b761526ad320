// The usual legal bases for where a subprocessor processes data (GDPR Chapter V). Staff may type any
// other text; these are offered in the form and shown in German on German pages.
import type { Locale } from "../../i18n/locale.ts";

export const KNOWN_TRANSFER_MECHANISMS: readonly { en: string; de: string }[] = [
  { en: "EU/EEA – no transfer", de: "EU/EWR – keine Übermittlung" },
  { en: "Adequacy decision (Art. 45 GDPR)", de: "Angemessenheitsbeschluss (Art. 45 DSGVO)" },
  { en: "EU-US Data Privacy Framework", de: "EU-US Data Privacy Framework" },
  { en: "Standard Contractual Clauses (2021/914)", de: "Standardvertragsklauseln (2021/914)" },
  {
    en: "Binding Corporate Rules (Art. 47 GDPR)",
    de: "Verbindliche interne Datenschutzvorschriften (Art. 47 DSGVO)",
  },
];

/** The stored (English) wording in the visitor's language when it is one of the known mechanisms. */
export function transferMechanismLabel(stored: string, locale: Locale): string {
  const known = KNOWN_TRANSFER_MECHANISMS.find((m) => m.en === stored);
  return known ? known[locale] : stored;
}
