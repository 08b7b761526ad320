// Titles a built-in document starts with in each language (staff can change them in the editor).
import type { Locale } from "../../i18n/locale.ts";
import type { BuiltInKind } from "./kinds.ts";

export const DEFAULT_TITLES: Record<BuiltInKind, Record<Locale, string>> = {
  SECURITY_OVERVIEW: { en: "Security overview", de: "Sicherheitsübersicht" },
  TOMS: { en: "Technical and organisational measures", de: "Technische und organisatorische Maßnahmen" },
  FAQ: { en: "Frequently asked questions", de: "Häufig gestellte Fragen" },
  AI: { en: "AI and data use", de: "KI und Datennutzung" },
  DPA: { en: "Data processing agreement", de: "Auftragsverarbeitungsvertrag" },
};
