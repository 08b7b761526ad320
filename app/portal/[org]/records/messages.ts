// Words of the portal's records of processing (Art. 30(2); ADR 0031), English and German.
import type { Text } from "@/lib/i18n/text";
import type { FactWithoutHistory } from "@/lib/records-of-processing/records";

export const RECORDS_NAV: Text = { en: "Records", de: "Verzeichnis" };

export const RECORDS_PAGE_MESSAGES = {
  title: { en: "Records of processing", de: "Verzeichnis der Verarbeitungstätigkeiten" } satisfies Text,
  link: {
    en: "Records of processing (Art. 30(2))",
    de: "Verzeichnis der Verarbeitungstätigkeiten (Art. 30 Abs. 2)",
  } satisfies Text,
  description: {
    en: "The record we keep as your processor (Art. 30(2) GDPR): who we are, what we process for you, with which subprocessors, under which DPA and security measures. Choose a date to see an earlier state.",
    de: "Das Verzeichnis, das wir als Ihr Auftragsverarbeiter führen (Art. 30 Abs. 2 DSGVO): wer wir sind, was wir für Sie verarbeiten, mit welchen Unterauftragsverarbeitern, unter welchem AVV und welchen Sicherheitsmaßnahmen. Wählen Sie ein Datum, um einen früheren Stand zu sehen.",
  } satisfies Text,
  date: { en: "As of (end of day, UTC)", de: "Stand (Tagesende, UTC)" } satisfies Text,
  show: { en: "Show", de: "Anzeigen" } satisfies Text,
  today: { en: "Today", de: "Heute" } satisfies Text,
  badDate: {
    en: "That date cannot be shown (a past day or today, YYYY-MM-DD); showing today.",
    de: "Dieses Datum kann nicht angezeigt werden (ein vergangener Tag oder heute, JJJJ-MM-TT); angezeigt wird heute.",
  } satisfies Text,
  asOf: { en: "As of", de: "Stand" } satisfies Text,
  downloadJson: { en: "Download JSON", de: "JSON herunterladen" } satisfies Text,
  downloadPdf: { en: "Download PDF", de: "PDF herunterladen" } satisfies Text,
  factsWithoutHistory: (facts: string): Text => ({
    en: `Our history of these does not reach back to this date, so they are shown as first recorded or as they are today: ${facts}. Everything else is shown as it was on this date.`,
    de: `Unsere Historie hierzu reicht nicht bis zu diesem Datum zurück; sie werden so gezeigt, wie zuerst erfasst oder wie sie heute sind: ${facts}. Alles Übrige wird so gezeigt, wie es an diesem Datum war.`,
  }),
  facts: {
    processor: {
      en: "our details and data protection officer",
      de: "unsere Angaben und unser Datenschutzbeauftragter",
    },
    controller: { en: "your organisation's name and contacts", de: "Name und Kontakte Ihrer Organisation" },
    dataSystemsUsed: {
      en: "which of our systems hold your data",
      de: "welche unserer Systeme Ihre Daten halten",
    },
    subprocessorDetails: {
      en: "subprocessors' details (location, transfer mechanism)",
      de: "Angaben der Unterauftragsverarbeiter (Ort, Übermittlungsgrundlage)",
    },
  } satisfies Record<FactWithoutHistory, Text>,
  processor: { en: "Processor", de: "Auftragsverarbeiter" } satisfies Text,
  name: { en: "Name", de: "Name" } satisfies Text,
  address: { en: "Address", de: "Anschrift" } satisfies Text,
  dpo: { en: "Data protection officer", de: "Datenschutzbeauftragte(r)" } satisfies Text,
  controller: { en: "Controller", de: "Verantwortlicher" } satisfies Text,
  contacts: { en: "Contacts", de: "Ansprechpersonen" } satisfies Text,
  privacyContacts: { en: "Privacy contacts", de: "Datenschutz-Kontakte" } satisfies Text,
  roles: {
    OWNER: { en: "Owner", de: "Inhaber" },
    PRIVACY_OFFICER: { en: "Privacy officer", de: "Datenschutzbeauftragte(r)" },
  } as Record<string, Text>,
  none: { en: "None", de: "Keine" } satisfies Text,
  activities: { en: "Processing activities", de: "Verarbeitungstätigkeiten" } satisfies Text,
  noActivities: {
    en: "No processing activity involves the systems that hold your data.",
    de: "Keine Verarbeitungstätigkeit betrifft die Systeme, die Ihre Daten halten.",
  } satisfies Text,
  version: (n: number): Text => ({ en: `version ${n}`, de: `Version ${n}` }),
  purpose: { en: "Purpose", de: "Zweck" } satisfies Text,
  processingCategories: {
    en: "Categories of processing",
    de: "Kategorien von Verarbeitungen",
  } satisfies Text,
  dataCategories: { en: "Personal data", de: "Personenbezogene Daten" } satisfies Text,
  dataSubjects: { en: "Data subjects", de: "Betroffene Personen" } satisfies Text,
  systems: { en: "Data systems", de: "Datensysteme" } satisfies Text,
  validFrom: { en: "Valid from", de: "Gültig ab" } satisfies Text,
  subprocessors: {
    en: "Subprocessors and transfers",
    de: "Unterauftragsverarbeiter und Übermittlungen",
  } satisfies Text,
  noSubprocessors: {
    en: "No subprocessor was authorised for your organisation.",
    de: "Für Ihre Organisation war kein Unterauftragsverarbeiter genehmigt.",
  } satisfies Text,
  location: { en: "Location", de: "Ort" } satisfies Text,
  transfer: {
    en: "Transfer mechanism and safeguards",
    de: "Übermittlungsgrundlage und Garantien",
  } satisfies Text,
  since: { en: "Since", de: "Seit" } satisfies Text,
  dpa: { en: "Data processing agreement", de: "Auftragsverarbeitungsvertrag" } satisfies Text,
  noDpa: { en: "No DPA version accepted.", de: "Keine AVV-Fassung akzeptiert." } satisfies Text,
  standardDpa: (n: number): Text => ({ en: `Standard DPA, version ${n}`, de: `Standard-AVV, Version ${n}` }),
  negotiatedDpa: { en: "Negotiated DPA", de: "Individuell verhandelter AVV" } satisfies Text,
  acceptedAt: { en: "Accepted", de: "Akzeptiert" } satisfies Text,
  toms: {
    en: "Technical and organisational measures",
    de: "Technische und organisatorische Maßnahmen",
  } satisfies Text,
  noToms: { en: "No TOMs version published.", de: "Keine TOM-Fassung veröffentlicht." } satisfies Text,
  published: { en: "Published", de: "Veröffentlicht" } satisfies Text,
};
