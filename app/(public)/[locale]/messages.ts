// Words of the public trust center's frame (navigation, footer, language switch) and of its home page,
// in each language.
import type { Locale } from "@/lib/i18n/locale";
import type { Text } from "@/lib/i18n/text";

/**
 * A refusal worded in the language of the page the form is on (the form sends its locale), whatever
 * language the caller's cookie or browser prefers: the action wrapper localises texts by the latter.
 */
export function inPageLanguage(sentence: string): Text {
  return { en: sentence, de: sentence };
}

/** The sections of the trust center, in the order the navigation and the home page list them. */
export const TRUST_SECTIONS = [
  "security",
  "toms",
  "faq",
  "ai",
  "dpa",
  "subprocessors",
  "compliance",
  "documents",
  "updates",
] as const;
export type TrustSection = (typeof TRUST_SECTIONS)[number];

/** Words of the public frame (navigation, footer, language switch). */
export const LAYOUT_MESSAGES: Record<
  Locale,
  {
    nav: Record<"home" | TrustSection, string>;
    mainNav: string;
    language: string;
    portal: string;
    poweredBy: string;
    securityContact: string;
  }
> = {
  en: {
    nav: {
      home: "Overview",
      security: "Security",
      toms: "TOMs",
      faq: "FAQ",
      ai: "AI & data",
      dpa: "DPA",
      subprocessors: "Subprocessors",
      compliance: "Compliance",
      documents: "Documents",
      updates: "Updates",
    },
    mainNav: "Trust center",
    language: "Language",
    portal: "Customer portal",
    poweredBy: "Trust center powered by Article28",
    securityContact: "Report a vulnerability",
  },
  de: {
    nav: {
      home: "Übersicht",
      security: "Sicherheit",
      toms: "TOM",
      faq: "FAQ",
      ai: "KI & Daten",
      dpa: "AVV",
      subprocessors: "Unterauftragsverarbeiter",
      compliance: "Compliance",
      documents: "Dokumente",
      updates: "Neuigkeiten",
    },
    mainNav: "Trust Center",
    language: "Sprache",
    portal: "Kundenportal",
    poweredBy: "Trust Center mit Article28",
    securityContact: "Schwachstelle melden",
  },
};

/** Words of the home page. */
export const HOME_MESSAGES: Record<
  Locale,
  {
    eyebrow: string;
    metaDescription: (name: string) => string;
    highlights: string;
    dataLocation: (location: string) => string;
    encryption: string;
    mfa: string;
    breachNotice: (hours: number) => string;
    explore: string;
    sections: Record<TrustSection, { title: string; text: string }>;
    roadmap: string;
    roadmapLink: string;
    latest: string;
    allUpdates: string;
    noUpdates: string;
    disclosure: string;
    disclosureText: string;
    disclosureFile: string;
  }
> = {
  en: {
    eyebrow: "Trust center",
    metaDescription: (name) =>
      `Security, privacy and compliance at ${name}: measures, DPA, subprocessors, certifications and updates.`,
    highlights: "At a glance",
    dataLocation: (location) => `Data location: ${location}`,
    encryption: "Encryption at rest and in transit",
    mfa: "MFA and single sign-on",
    breachNotice: (hours) => `Breach notice within ${hours} hours`,
    explore: "Explore the trust center",
    sections: {
      security: {
        title: "Security overview",
        text: "How we protect your data: hosting, encryption, access, logging and testing.",
      },
      toms: {
        title: "Technical and organisational measures",
        text: "Our measures under Art. 32 GDPR, versioned with their effective dates.",
      },
      faq: {
        title: "FAQ",
        text: "Short answers to the questions security and procurement reviewers ask most.",
      },
      ai: {
        title: "AI and data use",
        text: "Which AI features exist, what data they use and how you stay in control.",
      },
      dpa: {
        title: "Data processing agreement",
        text: "The current DPA to read online or download as a PDF.",
      },
      subprocessors: {
        title: "Subprocessors",
        text: "Who processes data on our behalf, where and how; subscribe to changes.",
      },
      compliance: {
        title: "Compliance roadmap",
        text: "Certifications and frameworks we meet or are working towards.",
      },
      documents: {
        title: "Documents",
        text: "Reports and questionnaires; confidential ones on request under NDA.",
      },
      updates: { title: "Updates", text: "Every change to this trust center, also as an Atom feed." },
    },
    roadmap: "Compliance roadmap",
    roadmapLink: "Roadmap details",
    latest: "Latest updates",
    allUpdates: "All updates",
    noUpdates:
      "No updates yet. Changes to our documents, subprocessors and compliance roadmap will be listed here.",
    disclosure: "Vulnerability disclosure",
    disclosureText: "Found a security vulnerability in our services? Please report it to",
    disclosureFile: "Our security.txt lists how to reach us",
  },
  de: {
    eyebrow: "Trust Center",
    metaDescription: (name) =>
      `Sicherheit, Datenschutz und Compliance bei ${name}: Maßnahmen, AVV, Unterauftragsverarbeiter, Zertifizierungen und Neuigkeiten.`,
    highlights: "Auf einen Blick",
    dataLocation: (location) => `Datenstandort: ${location}`,
    encryption: "Verschlüsselung bei Speicherung und Übertragung",
    mfa: "MFA und Single Sign-on",
    breachNotice: (hours) => `Meldung von Datenpannen innerhalb von ${hours} Stunden`,
    explore: "Das Trust Center im Überblick",
    sections: {
      security: {
        title: "Sicherheitsüberblick",
        text: "Wie wir Ihre Daten schützen: Hosting, Verschlüsselung, Zugriff, Protokollierung und Tests.",
      },
      toms: {
        title: "Technische und organisatorische Maßnahmen",
        text: "Unsere Maßnahmen nach Art. 32 DSGVO, versioniert mit Gültigkeitsdatum.",
      },
      faq: {
        title: "Häufige Fragen",
        text: "Kurze Antworten auf die häufigsten Fragen aus Sicherheits- und Einkaufsprüfungen.",
      },
      ai: {
        title: "KI und Datennutzung",
        text: "Welche KI-Funktionen es gibt, welche Daten sie nutzen und wie Sie die Kontrolle behalten.",
      },
      dpa: {
        title: "Auftragsverarbeitungsvertrag",
        text: "Der aktuelle AVV zum Lesen oder als PDF zum Herunterladen.",
      },
      subprocessors: {
        title: "Unterauftragsverarbeiter",
        text: "Wer in unserem Auftrag Daten verarbeitet, wo und wie; Änderungen abonnieren.",
      },
      compliance: {
        title: "Compliance-Roadmap",
        text: "Zertifizierungen und Standards, die wir erfüllen oder anstreben.",
      },
      documents: { title: "Dokumente", text: "Berichte und Fragebögen; vertrauliche auf Anfrage unter NDA." },
      updates: { title: "Neuigkeiten", text: "Jede Änderung an diesem Trust Center, auch als Atom-Feed." },
    },
    roadmap: "Compliance-Roadmap",
    roadmapLink: "Details zur Roadmap",
    latest: "Neueste Änderungen",
    allUpdates: "Alle Neuigkeiten",
    noUpdates:
      "Noch keine Neuigkeiten. Änderungen an unseren Dokumenten, Unterauftragsverarbeitern und unserer Compliance-Roadmap erscheinen hier.",
    disclosure: "Meldung von Schwachstellen",
    disclosureText: "Sie haben eine Sicherheitslücke in unseren Diensten gefunden? Bitte melden Sie sie an",
    disclosureFile: "Unsere security.txt nennt alle Kontaktwege",
  },
};
