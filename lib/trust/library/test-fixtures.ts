// Records for integration and end-to-end tests of the library and access flow: a real PDF, a stored
// library document and a published NDA, each with unique names so parallel tests never collide.
import { randomBytes } from "node:crypto";
import { PDFDocument, StandardFonts } from "@pdfme/pdf-lib";
import { db } from "../../db/client.ts";
import type { Locale } from "../../i18n/locale.ts";
import { sha256Hex } from "../../crypto/sha256.ts";
import { libraryFileName } from "./slug.ts";
import { isUniqueViolation } from "../../db/unique-violation.ts";

export const uniqueSuffix = () => randomBytes(4).toString("hex");

export async function makeTestPdf(pages = 2, label = "Confidential test report"): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  const font = await document.embedFont(StandardFonts.Helvetica);
  for (let i = 1; i <= pages; i++)
    document.addPage([595, 842]).drawText(`${label} – page ${i}`, { x: 72, y: 760, size: 14, font });
  return document.save();
}

export async function makeLibraryDocument(
  options: { gated?: boolean; slug?: string; title?: string; titleDe?: string; archived?: boolean } = {},
) {
  const slug = options.slug ?? `test-doc-${uniqueSuffix()}`;
  const bytes = await makeTestPdf();
  return db.libraryDocument.create({
    data: {
      slug,
      title: options.title ?? `Test document ${slug}`,
      titleDe: options.titleDe ?? "",
      description: "A document made by a test.",
      gated: options.gated ?? true,
      fileName: libraryFileName(slug),
      contentType: "application/pdf",
      sizeBytes: bytes.byteLength,
      sha256: sha256Hex(bytes),
      data: Buffer.from(bytes),
      archivedAt: options.archived ? new Date() : null,
    },
    select: { id: true, slug: true, title: true, sha256: true },
  });
}

/** The current NDA of a language, publishing version 1 when there is none yet. */
export async function ensureTestNda(locale: Locale = "en") {
  const existing = await db.ndaTemplate.findFirst({
    where: { locale },
    orderBy: { version: "desc" },
    select: { id: true, version: true, contentHash: true },
  });
  if (existing) return existing;
  const body = `These are the confidentiality terms of the test trust center (${locale}). `.repeat(4);
  try {
    return await db.ndaTemplate.create({
      data: { locale, version: 1, title: "Test NDA", body, contentHash: sha256Hex(body) },
      select: { id: true, version: true, contentHash: true },
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    return ensureTestNda(locale); // another test published it meanwhile
  }
}
