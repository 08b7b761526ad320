// The answer to GET /<locale>/<document>/latest.pdf or /<locale>/<document>/3.pdf (the DPA, the TOMs,
// the security overview; unprefixed addresses are served in the visitor's language by proxy.ts): the
// version as a generated PDF. The bytes are kept per document, language and requested version until the next publish (lib/public-snapshot/cached.ts), so
// downloads do not query the database or render again (ADR 0008). Nothing is logged per download, so
// the route needs no caller context; its answers are cacheable like the file.
import { sha256Hex } from "@/lib/crypto/sha256";
import { attachmentDisposition } from "@/lib/http/content-disposition";
import { isLocale, type Locale } from "@/lib/i18n/locale";
import { hasPdf, loadDocumentPdf } from "@/lib/trust/policies/document-pdf";
import { parsePdfFileName } from "@/lib/trust/policies/version-param";
import { cachedPublic } from "@/lib/public-snapshot/cached";
import { DOCUMENT_FILE_MESSAGES } from "./messages";

const cachedPdf = cachedPublic(async (slug: string, locale: Locale, version: number | "latest") => {
  const pdf = await loadDocumentPdf(slug, locale, version);
  if (!pdf) return null;
  return {
    fileName: pdf.fileName,
    textHash: pdf.contentHash,
    fileHash: sha256Hex(pdf.bytes),
    base64: pdf.bytes.toString("base64"),
  };
});

function plain(status: number, message: string): Response {
  return new Response(message, {
    status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "public, max-age=300" },
  });
}

export async function documentPdfResponse(
  request: Request,
  params: { locale: string; slug: string; file: string },
): Promise<Response> {
  if (!isLocale(params.locale) || !hasPdf(params.slug)) return plain(404, DOCUMENT_FILE_MESSAGES.notFound);
  const wanted = parsePdfFileName(params.file);
  if (!wanted) return plain(400, DOCUMENT_FILE_MESSAGES.badFileName);
  const pdf = await cachedPdf(params.slug, params.locale, wanted.version);
  if (!pdf) return plain(404, DOCUMENT_FILE_MESSAGES.noSuchVersion);
  const headers = {
    "Content-Type": "application/pdf",
    "Content-Disposition": attachmentDisposition(pdf.fileName),
    "X-Content-Type-Options": "nosniff",
    "Cache-Control": "public, max-age=300",
    ETag: `"${pdf.fileHash}"`,
    "X-Content-SHA256": pdf.textHash,
  };
  if (request.headers.get("if-none-match") === headers.ETag)
    return new Response(null, { status: 304, headers });
  return new Response(Buffer.from(pdf.base64, "base64"), { status: 200, headers });
}
