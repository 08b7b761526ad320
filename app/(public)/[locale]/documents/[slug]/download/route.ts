// GET /<locale>/documents/<slug>/download: a public library document as an attachment. Each download
// is counted per document and day (never a row per request, S24), so the answer is per request and not
// cached. HEAD answers the same headers without reading the file and is not counted.
import { AppError } from "@/lib/errors";
import { attachmentDisposition } from "@/lib/http/content-disposition";
import { definePublicRoute } from "@/lib/http/route";
import {
  downloadPublicDocument,
  publicDocumentHead,
  type PublicDownloadHead,
} from "@/lib/trust/library/public-library";
import { DOWNLOAD_MESSAGES } from "../../messages";

export const dynamic = "force-dynamic";

const SLUG = /^[a-z0-9-]{1,80}$/;

function headers(file: PublicDownloadHead): HeadersInit {
  return {
    "Content-Type": "application/pdf",
    "Content-Disposition": attachmentDisposition(file.fileName),
    "Content-Length": String(file.sizeBytes),
    "X-Content-Type-Options": "nosniff",
    "Cache-Control": "no-store",
    "X-Content-SHA256": file.sha256,
  };
}

export const GET = definePublicRoute<{ slug: string }>({}, async (ctx, _request, { slug }) => {
  const file = SLUG.test(slug) ? await downloadPublicDocument(ctx, slug) : null;
  if (!file) throw new AppError("not_found", DOWNLOAD_MESSAGES.noPublicDocument);
  return new Response(Buffer.from(file.bytes), {
    status: 200,
    headers: headers({ ...file, sizeBytes: file.bytes.byteLength }),
  });
});

export const HEAD = definePublicRoute<{ slug: string }>({}, async (_ctx, _request, { slug }) => {
  const file = SLUG.test(slug) ? await publicDocumentHead(slug) : null;
  if (!file) throw new AppError("not_found", DOWNLOAD_MESSAGES.noPublicDocument);
  return new Response(null, { status: 200, headers: headers(file) });
});
