import "server-only";
// The click-through NDA a visitor accepts: the highest published version in their language, else the
// English one (labelled as a fallback on the page). Versions are immutable (a database trigger), so
// an acceptance's version and hash always name exactly the text that was shown.
import { db, type Tx } from "../../db/client.ts";
import { DEFAULT_LOCALE, type Locale } from "../../i18n/locale.ts";

export type NdaText = {
  id: string;
  locale: Locale;
  version: number;
  title: string;
  body: string;
  contentHash: string;
  publishedAt: Date;
  /** Shown in English because the visitor's language has no version. */
  fallback: boolean;
};

const SELECT = {
  id: true,
  locale: true,
  version: true,
  title: true,
  body: true,
  contentHash: true,
  publishedAt: true,
} as const;

async function latestIn(client: Tx, locale: Locale) {
  return client.ndaTemplate.findFirst({ where: { locale }, orderBy: { version: "desc" }, select: SELECT });
}

export async function getCurrentNda(locale: Locale, client: Tx = db): Promise<NdaText | null> {
  const own = await latestIn(client, locale);
  if (own) return { ...own, fallback: false };
  if (locale === DEFAULT_LOCALE) return null;
  const english = await latestIn(client, DEFAULT_LOCALE);
  return english ? { ...english, fallback: true } : null;
}
