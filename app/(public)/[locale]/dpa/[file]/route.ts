// GET /en/dpa/latest.pdf or /en/dpa/3.pdf (unprefixed /dpa/latest.pdf is served in the visitor's
// language by proxy.ts): the DPA version as a generated PDF. The bytes are cached per language and
// requested version, so downloads do not query the database or render again (ADR 0008). Nothing is
// logged per download, so the route needs no caller context; its answers are cacheable like the file.
import { unstable_cache } from "next/cache";
import { sha256Hex } from "@/lib/crypto/sha256";
import { attachmentDisposition } from "@/lib/http/content-disposition";
import { isLocale, type Locale } from "@/lib/i18n/locale";
import { loadDpaPdf } from "@/lib/trust/policies/dpa-pdf";
import { parsePdfFileName } from "@/lib/trust/policies/version-param";
import { PUBLIC_DATA_TAG } from "@/lib/trust/public-pages";
import { DPA_FILE_MESSAGES } from "../../[policy]/messages";

export const dynamic = "force-dynamic";

const cachedPdf = unstable_cache(
  async (locale: Locale, version: number | "latest") => {
    const pdf = await loadDpaPdf(locale, version);
    if (!pdf) return null;
    return {
      fileName: pdf.fileName,
      textHash: pdf.contentHash,
      fileHash: sha256Hex(pdf.bytes),
      base64: pdf.bytes.toString("base64"),
    };
  },
  ["trust-dpa-pdf"],
  { tags: [PUBLIC_DATA_TAG], revalidate: 300 },
);

function plain(status: number, message: string): Response {
  return new Response(message, {
    status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "public, max-age=300" },
  });
}

export async function GET(
  request: Request,
  { params }: { params: Promise<{ locale: string; file: string }> },
): Promise<Response> {
  const { locale, file } = await params;
  if (!isLocale(locale)) return plain(404, DPA_FILE_MESSAGES.notFound);
  const wanted = parsePdfFileName(file);
  if (!wanted) return plain(400, DPA_FILE_MESSAGES.badFileName);
  const pdf = await cachedPdf(locale, wanted.version);
  if (!pdf) return plain(404, DPA_FILE_MESSAGES.noSuchVersion);
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
