import "server-only";
// The public side of the library: the list on /documents (prerendered), the documents that can be
// requested under NDA, and the direct download of a public document. Anyone can download a public
// document as often as they like, so a download is counted (one row per document and UTC day), never
// logged as a row of its own (S24); a HEAD request reads the headers only and is not counted.
import type { Context } from "../../context/context.ts";
import { db } from "../../db/client.ts";
import type { Locale } from "../../i18n/locale.ts";

export type PublicLibraryEntry = {
  id: string;
  slug: string;
  title: string;
  description: string;
  /** The German text is missing and the English one is shown. */
  untranslated: boolean;
  gated: boolean;
  sizeBytes: number;
  sha256: string;
  updatedAt: Date;
};

export async function listPublicLibrary(locale: Locale): Promise<PublicLibraryEntry[]> {
  const rows = await db.libraryDocument.findMany({
    where: { archivedAt: null },
    orderBy: [{ gated: "asc" }, { title: "asc" }],
    select: {
      id: true,
      slug: true,
      title: true,
      titleDe: true,
      description: true,
      descriptionDe: true,
      gated: true,
      sizeBytes: true,
      sha256: true,
      updatedAt: true,
    },
  });
  return rows.map((r) => {
    const german = locale === "de" && r.titleDe !== "";
    return {
      id: r.id,
      slug: r.slug,
      title: german ? r.titleDe : r.title,
      description: german ? r.descriptionDe || r.description : r.description,
      untranslated: locale === "de" && !german,
      gated: r.gated,
      sizeBytes: r.sizeBytes,
      sha256: r.sha256,
      updatedAt: r.updatedAt,
    };
  });
}

/** Gated documents a visitor can ask for (the request form's choices). */
export async function listRequestableDocuments(locale: Locale): Promise<PublicLibraryEntry[]> {
  return (await listPublicLibrary(locale)).filter((d) => d.gated);
}

export type PublicDownload = { bytes: Uint8Array; fileName: string; sha256: string };
export type PublicDownloadHead = { fileName: string; sha256: string; sizeBytes: number };

const PUBLIC_DOCUMENT = (slug: string) => ({ slug, gated: false, archivedAt: null });

/** A public (not gated, not archived) document by slug, its download counted; null otherwise. */
export async function downloadPublicDocument(ctx: Context, slug: string): Promise<PublicDownload | null> {
  const document = await db.libraryDocument.findFirst({
    where: PUBLIC_DOCUMENT(slug),
    select: { id: true, fileName: true, sha256: true, data: true },
  });
  if (!document) return null;
  await countPublicDownload(document.id, ctx.clock.now());
  return { bytes: new Uint8Array(document.data), fileName: document.fileName, sha256: document.sha256 };
}

/** What a HEAD request of a public document answers (not counted, the file is not read); null otherwise. */
export async function publicDocumentHead(slug: string): Promise<PublicDownloadHead | null> {
  return db.libraryDocument.findFirst({
    where: PUBLIC_DOCUMENT(slug),
    select: { fileName: true, sha256: true, sizeBytes: true },
  });
}

/** One more download of the document today (UTC): one atomic upsert, no new row after the day's first. */
async function countPublicDownload(documentId: string, at: Date): Promise<void> {
  const day = at.toISOString().slice(0, 10);
  await db.$executeRaw`
    INSERT INTO "PublicDownloadCount" ("documentId", day, count, "lastDownloadAt")
    VALUES (${documentId}, ${day}::date, 1, ${at})
    ON CONFLICT ("documentId", day) DO UPDATE SET
      count = "PublicDownloadCount".count + 1,
      "lastDownloadAt" = GREATEST("PublicDownloadCount"."lastDownloadAt", EXCLUDED."lastDownloadAt")`;
}
