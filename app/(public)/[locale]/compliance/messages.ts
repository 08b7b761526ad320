import type { Locale } from "@/lib/i18n/locale";

/** Words of the compliance roadmap (its page and the table on the home page). */
export const COMPLIANCE_MESSAGES: Record<
  Locale,
  {
    title: string;
    intro: string;
    caption: string;
    standard: string;
    status: string;
    targetDate: string;
    description: string;
    certificate: string;
    noTargetDate: string;
    noCertificate: string;
    certificateHint: string;
    englishOnly: string;
    emptyTitle: string;
    emptyDescription: string;
    updatesLink: string;
  }
> = {
  en: {
    title: "Compliance roadmap",
    intro:
      "The standards and frameworks we comply with or are working towards, with their status and target dates. Certificates and reports are in our document library.",
    caption: "Compliance roadmap: standard, status, target date, description and certificate",
    standard: "Standard",
    status: "Status",
    targetDate: "Target date",
    description: "Description",
    certificate: "Certificate",
    noTargetDate: "No target date",
    noCertificate: "No certificate",
    certificateHint: "in the document library",
    englishOnly: "Only available in English",
    emptyTitle: "No roadmap published yet",
    emptyDescription:
      "Our compliance roadmap will appear here. Follow the updates page to hear when it is published.",
    updatesLink: "Go to updates",
  },
  de: {
    title: "Compliance-Roadmap",
    intro:
      "Die Standards und Regelwerke, die wir erfüllen oder anstreben, mit Status und Zieldatum. Zertifikate und Berichte finden Sie in unserer Dokumentenbibliothek.",
    caption: "Compliance-Roadmap: Standard, Status, Zieldatum, Beschreibung und Zertifikat",
    standard: "Standard",
    status: "Status",
    targetDate: "Zieldatum",
    description: "Beschreibung",
    certificate: "Zertifikat",
    noTargetDate: "Kein Zieldatum",
    noCertificate: "Kein Zertifikat",
    certificateHint: "in der Dokumentenbibliothek",
    englishOnly: "Nur auf Englisch verfügbar",
    emptyTitle: "Noch keine Roadmap veröffentlicht",
    emptyDescription:
      "Hier erscheint unsere Compliance-Roadmap. Auf der Seite „Neuigkeiten“ erfahren Sie, wann sie veröffentlicht wird.",
    updatesLink: "Zu den Neuigkeiten",
  },
};
