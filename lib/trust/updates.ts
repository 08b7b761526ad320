import "server-only";
// The public "updates" stream (the /updates page, the Atom feed, the home page's latest updates).
// An entry is written in the same transaction as the change it announces; each language's pages show
// their own entries (updates-in-language.ts).
import { db, type Tx } from "../db/client.ts";
import type { Locale } from "../i18n/locale.ts";
import {
  languagesShownTo,
  updatesInLanguage,
  type TrustUpdateTopic,
  type TrustUpdateView,
} from "./updates-in-language.ts";

export type { TrustUpdateTopic, TrustUpdateView };

export type NewTrustUpdate = {
  topic: TrustUpdateTopic;
  title: string;
  titleDe?: string;
  summary: string;
  summaryDe?: string;
  /** Public path without language prefix, e.g. "/toms". */
  path: string;
  /** The language the announced change is in (a document version); omitted: both languages. */
  locale?: Locale;
  publishedAt?: Date;
};

export async function recordTrustUpdate(tx: Tx, update: NewTrustUpdate): Promise<void> {
  await tx.trustUpdate.create({
    data: {
      topic: update.topic,
      title: update.title,
      titleDe: update.titleDe || update.title,
      summary: update.summary,
      summaryDe: update.summaryDe || update.summary,
      path: update.path,
      locale: update.locale ?? null,
      publishedAt: update.publishedAt,
    },
  });
}

/** Newest first, in the reader's language. */
export async function listTrustUpdates(locale: Locale, limit = 50): Promise<TrustUpdateView[]> {
  const rows = await db.trustUpdate.findMany({
    where: { OR: [{ locale: null }, { locale: { in: languagesShownTo(locale) } }] },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    // Fallback entries superseded by a translation are dropped after the query: read some spare rows.
    take: limit * 2,
  });
  return updatesInLanguage(rows, locale, limit);
}
