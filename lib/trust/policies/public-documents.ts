import "server-only";
// What visitors read: published versions only (drafts never leave the staff console), in the
// visitor's language or, without a translation, in English (language-choice.ts). Called while a
// public page is prerendered; the result is cached with the page until staff publish again.
import { cache } from "react";
import { db } from "../../db/client.ts";
import { LOCALES, type Locale } from "../../i18n/locale.ts";
import { chooseLanguage, type LanguageChoice } from "./language-choice.ts";
import type { VersionStamp } from "./translation-lag.ts";

export type PublishedVersionSummary = {
  version: number;
  title: string;
  effectiveDate: Date;
  publishedAt: Date;
  changelog: string;
  contentHash: string;
};

export type PublishedVersionText = PublishedVersionSummary & { body: string };

export type DocumentLanguage = {
  slug: string;
  kind: string;
  requested: Locale;
  choice: LanguageChoice;
  /** Languages with at least one published version. */
  published: Locale[];
};

const summarySelect = {
  version: true,
  title: true,
  effectiveDate: true,
  publishedAt: true,
  changelog: true,
  contentHash: true,
} as const;

/** The document and the language its pages are shown in; null when the slug is unknown or nothing is published. */
export const documentLanguage = cache(
  async (slug: string, requested: Locale): Promise<DocumentLanguage | null> => {
    const document = await db.trustDocument.findUnique({ where: { slug }, select: { id: true, kind: true } });
    if (!document) return null;
    const stamps = await db.trustDocumentVersion.findMany({
      where: { documentId: document.id },
      select: { locale: true, version: true, publishedAt: true },
    });
    const published: Partial<Record<Locale, VersionStamp[]>> = {};
    for (const { locale, ...stamp } of stamps) (published[locale] ??= []).push(stamp);
    const choice = chooseLanguage(requested, published);
    if (!choice) return null;
    return {
      slug,
      kind: document.kind,
      requested,
      choice,
      published: LOCALES.filter((locale) => published[locale]),
    };
  },
);

/** `dpaParticulars`: the DPA's Art. 28(3) particulars as stored (lib/dpa/particulars.ts readParticulars). */
export type PublishedDocument = DocumentLanguage & {
  current: PublishedVersionText & { dpaParticulars: unknown };
};

/** The current (highest) version in the chosen language. */
export const getPublishedDocument = cache(
  async (slug: string, requested: Locale): Promise<PublishedDocument | null> => {
    const language = await documentLanguage(slug, requested);
    if (!language) return null;
    const current = await db.trustDocumentVersion.findFirst({
      where: { document: { slug }, locale: language.choice.shown },
      orderBy: { version: "desc" },
      select: { ...summarySelect, body: true, dpaParticulars: true },
    });
    return current ? { ...language, current } : null;
  },
);

export type DocumentHistory = DocumentLanguage & { versions: PublishedVersionSummary[] };

/** Every published version in the chosen language, newest first. */
export const getDocumentHistory = cache(
  async (slug: string, requested: Locale): Promise<DocumentHistory | null> => {
    const language = await documentLanguage(slug, requested);
    if (!language) return null;
    const versions = await db.trustDocumentVersion.findMany({
      where: { document: { slug }, locale: language.choice.shown },
      orderBy: { version: "desc" },
      select: summarySelect,
    });
    return { ...language, versions };
  },
);

export type DocumentVersion = DocumentLanguage & { version: PublishedVersionText; latestVersion: number };

/** One exact version in the chosen language. */
export const getDocumentVersion = cache(
  async (slug: string, requested: Locale, version: number): Promise<DocumentVersion | null> => {
    const history = await getDocumentHistory(slug, requested);
    if (!history || !history.versions.some((v) => v.version === version)) return null;
    const text = await db.trustDocumentVersion.findFirst({
      where: { document: { slug }, locale: history.choice.shown, version },
      select: { ...summarySelect, body: true },
    });
    return text ? { ...history, version: text, latestVersion: history.versions[0]!.version } : null;
  },
);

export type DocumentComparison = DocumentLanguage & {
  from: PublishedVersionText;
  to: PublishedVersionText;
  versions: PublishedVersionSummary[];
};

/** Two versions of the chosen language, for the diff page. */
export const getDocumentComparison = cache(
  async (slug: string, requested: Locale, from: number, to: number): Promise<DocumentComparison | null> => {
    const history = await getDocumentHistory(slug, requested);
    if (!history) return null;
    const texts = await db.trustDocumentVersion.findMany({
      where: { document: { slug }, locale: history.choice.shown, version: { in: [from, to] } },
      select: { ...summarySelect, body: true },
    });
    const older = texts.find((t) => t.version === from);
    const newer = texts.find((t) => t.version === to);
    return older && newer ? { ...history, from: older, to: newer } : null;
  },
);

export type CustomPageLink = { slug: string; title: string };

/** Custom pages with a published version, for the public navigation (title in the visitor's language if published). */
export async function listCustomPages(locale: Locale): Promise<CustomPageLink[]> {
  const documents = await db.trustDocument.findMany({
    where: { kind: "CUSTOM", versions: { some: {} } },
    orderBy: [{ position: "asc" }, { slug: "asc" }],
    select: { slug: true, versions: { select: { locale: true, title: true }, orderBy: { version: "desc" } } },
  });
  return documents.map((d) => ({
    slug: d.slug,
    title: (
      d.versions.find((v) => v.locale === locale) ??
      d.versions.find((v) => v.locale === "en") ??
      d.versions[0]!
    ).title,
  }));
}
