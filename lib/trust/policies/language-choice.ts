// Which language of a document a visitor reads. English is the reference language: a page without a
// published translation shows the English text (labelled as such); a translation published before
// the latest English version is shown, but flagged as possibly out of date. null: nothing published.
import { DEFAULT_LOCALE, LOCALES, type Locale } from "../../i18n/locale.ts";

export type LanguageChoice =
  /** The visitor's language, current. */
  | { shown: Locale; notice: "none" }
  /** No published translation: the English text is shown instead. */
  | { shown: Locale; notice: "missing-translation" }
  /** The translation predates the latest English version. */
  | { shown: Locale; notice: "outdated-translation" };

/** `latestPublishedAt` holds the publication time of the latest version per language that has one. */
export function chooseLanguage(
  requested: Locale,
  latestPublishedAt: Partial<Record<Locale, Date>>,
): LanguageChoice | null {
  const own = latestPublishedAt[requested];
  const reference = latestPublishedAt[DEFAULT_LOCALE];
  if (!own) {
    // English first; a page so far published only in another language is shown in that language.
    const fallback = reference ? DEFAULT_LOCALE : LOCALES.find((locale) => latestPublishedAt[locale]);
    return fallback ? { shown: fallback, notice: "missing-translation" } : null;
  }
  if (requested !== DEFAULT_LOCALE && reference && own.getTime() < reference.getTime())
    return { shown: requested, notice: "outdated-translation" };
  return { shown: requested, notice: "none" };
}
