import type { Locale } from "@/lib/i18n/locale";

/** Language names in the (English) staff console. */
export const LANGUAGE_NAMES: Record<Locale, string> = { en: "English", de: "German" };
