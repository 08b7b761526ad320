import "server-only";
// A trust document as a PDF download (the DPA, the TOMs and the security overview: what reviewers file
// with a contract or a vendor assessment): the latest or a numbered version, in the visitor's language
// or (without a translation) in English, with the provider's details from the provider settings.
import { db } from "../../db/client.ts";
import { PROVIDER_SETTINGS_ID } from "../../provider/settings-id.ts";
import type { Locale } from "../../i18n/locale.ts";
import { slugify } from "../../markdown/render.ts";
import { renderDocumentPdf } from "../../pdf/document-pdf.ts";
import { readParticulars } from "../../dpa/particulars.ts";
import { particularsMarkdown } from "../../dpa/particulars-markdown.ts";
import { addressInLanguage } from "../country-in-place.ts";
import { BUILT_IN_SLUGS } from "./kinds.ts";
import { documentLanguage } from "./public-documents.ts";

/** The documents offered as PDFs, by slug. */
export const PDF_DOCUMENT_SLUGS: ReadonlySet<string> = new Set([
  BUILT_IN_SLUGS.DPA,
  BUILT_IN_SLUGS.TOMS,
  BUILT_IN_SLUGS.SECURITY_OVERVIEW,
]);

export function hasPdf(slug: string): boolean {
  return PDF_DOCUMENT_SLUGS.has(slug);
}

export type DocumentPdf = {
  fileName: string;
  version: number;
  locale: Locale;
  contentHash: string;
  bytes: Buffer;
};

/** null: not a PDF document, no such version, or nothing published yet. */
export async function loadDocumentPdf(
  slug: string,
  requested: Locale,
  version: number | "latest",
): Promise<DocumentPdf | null> {
  if (!hasPdf(slug)) return null;
  const language = await documentLanguage(slug, requested);
  if (!language) return null;
  const locale = language.choice.shown;
  const row = await db.trustDocumentVersion.findFirst({
    where: { document: { slug }, locale, ...(version === "latest" ? {} : { version }) },
    orderBy: { version: "desc" },
    select: {
      version: true,
      title: true,
      body: true,
      effectiveDate: true,
      publishedAt: true,
      contentHash: true,
      dpaParticulars: true,
    },
  });
  if (!row) return null;
  const { dpaParticulars, ...text } = row;
  const particulars = readParticulars(dpaParticulars);
  const provider = await db.providerSettings.findUniqueOrThrow({
    where: { id: PROVIDER_SETTINGS_ID },
    select: {
      legalName: true,
      displayName: true,
      address: true,
      dpoName: true,
      dpoEmail: true,
      defaultTimeZone: true,
    },
  });
  const bytes = await renderDocumentPdf({
    locale,
    provider: { ...provider, address: addressInLanguage(provider.address, locale) },
    timeZone: provider.defaultTimeZone,
    ...text,
    preface: particulars ? particularsMarkdown(particulars, locale, text.body) : undefined,
  });
  const fileName = `${slugify(provider.displayName) || "provider"}-${slug}-v${row.version}-${locale}.pdf`;
  return { fileName, version: row.version, locale, contentHash: row.contentHash, bytes };
}
