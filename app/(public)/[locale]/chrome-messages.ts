import type { Locale } from "@/lib/i18n/locale";

/** Words of the public frame (navigation, footer, language switch) in each language. */
export const CHROME: Record<
  Locale,
  {
    nav: Record<
      | "home"
      | "security"
      | "toms"
      | "faq"
      | "ai"
      | "dpa"
      | "subprocessors"
      | "compliance"
      | "documents"
      | "updates",
      string
    >;
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
