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

/** Refusals of the retention certificate's download (staff console English; the portal's in English and German). */
export const RETENTION_CERTIFICATE_REFUSALS = {
  unknownRun: {
    en: "There is no such purge evidence.",
    de: "Diesen Löschnachweis gibt es nicht.",
  },
} satisfies Record<string, Text>;

/** The retention certificate's PDF and its `npm run verify-certificate` summary (English, like the certificate). */
export const RETENTION_CERTIFICATE_MESSAGES = {
  title: (category: string) => `Retention certificate: ${category}`,
  banner: (removed: number, category: string) =>
    `${removed} ${removed === 1 ? "record" : "records"} of ${category} removed by the retention purge after their retention period.`,
  providerCopy: "The provider's copy: it states the rows a legal hold kept.",
  controllerCopy: "The controller's copy.",
  issuer: "Issued by",
  controller: "Controller",
  providerRows: "The provider's own records (no organisation)",
  deletedOrganisation: "an organisation that no longer exists",
  category: "Category",
  selector: "Selector",
  period: "Retention period",
  days: (n: number) => `${n} day${n === 1 ? "" : "s"}`,
  cutoff: "Cutoff",
  cutoffNote: "Rows whose selector time lay before the cutoff had passed their period.",
  removed: "Records removed",
  held: "Kept by a legal hold",
  heldNotStated: "not stated in the controller's copy",
  range: "Time range of the removed records",
  noRange: "none removed",
  runStarted: "Run started",
  runFinished: "Run finished",
  evidence: "Evidence id",
  run: "Purge run id",
  idsHeading: "Removed records",
  idsSha256: (sha256: string) => `SHA-256 of the removed ids: ${sha256}`,
  timeNote: "All times are UTC. The removed records themselves are not part of this certificate.",
  footer: (evidenceId: string, page: number, pages: number) =>
    `Retention certificate ${evidenceId} · page ${page} of ${pages}`,
};

/** Refusals of staff's changes to a connected system's data categories (staff console: English; ADR 0028). */
export const SYSTEM_CATEGORY_MESSAGES = {
  duplicateKey: { en: "This system already has a category with that key." },
  keyFixed: { en: "A category's key cannot be changed; remove it and add a new one." },
  held: { en: "A legal hold names this category; release it before removing the category." },
} satisfies Record<string, Text>;
