// Sentences the retention domain writes itself: its refusals (staff console English; the portal's in
// English and German).
import type { Text } from "../i18n/text.ts";

export const RETENTION_MESSAGES = {
  unknownCategory: { en: "No such category of data.", de: "Diese Datenkategorie gibt es nicht." },
  notPurged: {
    en: "This category is pruned with the audit log's checkpoints; its period cannot be changed here.",
    de: "Diese Kategorie wird mit den Prüfpunkten des Audit-Protokolls gekürzt; ihre Frist lässt sich hier nicht ändern.",
  },
  fixedPeriod: {
    en: "This category is removed by its own job on a fixed schedule; its period cannot be changed here.",
    de: "Diese Kategorie wird von einem eigenen Auftrag nach festem Zeitplan gelöscht; ihre Frist lässt sich hier nicht ändern.",
  },
  minAbovePeriod: {
    en: "The shortest period customers may choose cannot be longer than the period itself.",
  },
  notPerOrganization: {
    en: "This category is the provider's own data; organisations cannot change its period.",
    de: "Diese Kategorie sind Daten des Anbieters; Organisationen können ihre Frist nicht ändern.",
  },
  outOfBounds: {
    en: "Choose a period between the shortest the provider allows and the provider's own period.",
    de: "Wählen Sie eine Frist zwischen der kürzesten, die der Anbieter erlaubt, und der Frist des Anbieters.",
  },
} satisfies Record<string, Text>;
