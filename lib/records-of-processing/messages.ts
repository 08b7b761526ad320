// The sentences lib/records-of-processing writes itself (refusals; EN, with German where a customer reads
// them). Pure and isomorphic.
import type { Text } from "../i18n/text.ts";

export const RECORDS_MESSAGES = {
  unknownActivity: {
    en: "This processing activity does not exist or was removed.",
    de: "Diese Verarbeitungstätigkeit gibt es nicht oder sie wurde entfernt.",
  } satisfies Text,
  unknownSystems: (keys: readonly string[]): Text => ({
    en: `Unknown data system${keys.length === 1 ? "" : "s"}: ${keys.join(", ")}. Use the keys listed under Data systems.`,
  }),
  badDate: {
    en: "Enter a valid date (YYYY-MM-DD) between 2000 and 2100.",
    de: "Geben Sie ein gültiges Datum (JJJJ-MM-TT) zwischen 2000 und 2100 ein.",
  } satisfies Text,
};
