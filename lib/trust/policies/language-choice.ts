// Which language of a document a visitor reads. English is the reference language: a page without a
// published translation shows the English text (labelled as such); a translation published before
// the latest English version is shown, but flagged as out of date since that English version
// (translation-lag.ts). null: nothing published.
import { DEFAULT_LOCALE, LOCALES, type Locale } from "../../i18n/locale.ts";
import { outdatedSince, type VersionStamp } from "./translation-lag.ts";

export type LanguageChoice =
  /** The visitor's language, current. */
  | { shown: Locale; notice: "none" }
  /** No published translation: the English text is shown instead. */
  | { shown: Locale; notice: "missing-translation" }
  /** The translation predates English version `since` (and any later ones). */
  | { shown: Locale; notice: "outdated-translation"; since: number };

/** `published` holds the published versions per language (any order). */
export function chooseLanguage(
  requested: Locale,
  published: Partial<Record<Locale, VersionStamp[]>>,
): LanguageChoice | null {
  const own = published[requested] ?? [];
  const reference = published[DEFAULT_LOCALE] ?? [];
  if (own.length === 0) {
    // English first; a page so far published only in another language is shown in that language.
    const fallback =
      reference.length > 0 ? DEFAULT_LOCALE : LOCALES.find((locale) => (published[locale] ?? []).length > 0);
    return fallback ? { shown: fallback, notice: "missing-translation" } : null;
  }
  if (requested !== DEFAULT_LOCALE) {
    const since = outdatedSince(reference, own);
    if (since !== null) return { shown: requested, notice: "outdated-translation", since };
  }
  return { shown: requested, notice: "none" };
}
