import "server-only";
// The public "updates" stream (the /updates page, the Atom feed, the home page's latest updates).
// An entry is written in the same transaction as the change it announces.
import { db, type Tx } from "../db/client.ts";
import type { Locale } from "../i18n/locale.ts";

export type TrustUpdateTopic = "DOCUMENT" | "SUBPROCESSOR" | "COMPLIANCE";

export type NewTrustUpdate = {
  topic: TrustUpdateTopic;
  title: string;
  titleDe?: string;
  summary: string;
  summaryDe?: string;
  /** Public path without language prefix, e.g. "/toms". */
  path: string;
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
      publishedAt: update.publishedAt,
    },
  });
}

export type TrustUpdateView = {
  id: string;
  topic: TrustUpdateTopic;
  title: string;
  summary: string;
  path: string;
  publishedAt: Date;
};

export async function listTrustUpdates(locale: Locale, limit = 50): Promise<TrustUpdateView[]> {
  const rows = await db.trustUpdate.findMany({ orderBy: { publishedAt: "desc" }, take: limit });
  return rows.map((r) => ({
    id: r.id,
    topic: r.topic as TrustUpdateTopic,
    title: locale === "de" ? r.titleDe : r.title,
    summary: locale === "de" ? r.summaryDe : r.summary,
    path: r.path,
    publishedAt: r.publishedAt,
  }));
}
