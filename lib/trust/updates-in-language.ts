// Which public updates a language's pages show (issue 11: no German summaries on English pages). An
// entry announcing a change in both languages (subprocessors, compliance, library) is shown everywhere
// in the reader's language. An entry announcing a document version belongs to that version's
// language; other languages do not show it, except that a new English version is shown to readers of
// a translation as a marked fallback ("only in the English version so far") until a newer version in
// their own language of the same document appears.
import { DEFAULT_LOCALE, type Locale } from "../i18n/locale.ts";

export type TrustUpdateTopic = "DOCUMENT" | "SUBPROCESSOR" | "COMPLIANCE";

export type StoredTrustUpdate = {
  id: string;
  topic: string;
  title: string;
  titleDe: string;
  summary: string;
  summaryDe: string;
  path: string;
  /** The language the announced change is in; null: both. */
  locale: Locale | null;
  publishedAt: Date;
};

export type TrustUpdateView = {
  id: string;
  topic: TrustUpdateTopic;
  title: string;
  summary: string;
  path: string;
  publishedAt: Date;
  /** Set on a fallback: the change is in this language only, not in the reader's (marked on the page). */
  onlyIn: Locale | null;
};

/** Besides entries for both languages, the languages whose entries a reader may see (fallbacks are filtered further in memory). */
export function languagesShownTo(locale: Locale): Locale[] {
  return locale === DEFAULT_LOCALE ? [locale] : [locale, DEFAULT_LOCALE];
}

/** `rows` newest first; returns at most `limit` entries in the reader's language. */
export function updatesInLanguage(
  rows: StoredTrustUpdate[],
  locale: Locale,
  limit: number,
): TrustUpdateView[] {
  const translatedSince = new Set<string>();
  const shown: TrustUpdateView[] = [];
  for (const row of rows) {
    if (shown.length >= limit) break;
    if (row.locale !== null && row.locale !== locale) {
      // Only the reference language falls back, and only while no newer own version exists.
      if (row.locale !== DEFAULT_LOCALE || translatedSince.has(row.path)) continue;
    }
    if (row.locale === locale) translatedSince.add(row.path);
    shown.push({
      id: row.id,
      topic: row.topic as TrustUpdateTopic,
      title: locale === "de" ? row.titleDe : row.title,
      summary: locale === "de" ? row.summaryDe : row.summary,
      path: row.path,
      publishedAt: row.publishedAt,
      onlyIn: row.locale !== null && row.locale !== locale ? row.locale : null,
    });
  }
  return shown;
}
