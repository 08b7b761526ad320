// GET /<locale>/documents/<slug>/download: a public library document as an attachment. Each download
// is logged (without a recipient, with the caller's address), so the answer is per request and not cached.
import { AppError } from "@/lib/errors";
import { definePublicRoute } from "@/lib/http/route";
import { downloadPublicDocument } from "@/lib/trust/library/public-library";
import { DOWNLOAD_MESSAGES } from "../../messages";

export const dynamic = "force-dynamic";

export const GET = definePublicRoute<{ slug: string }>({}, async (ctx, _request, { slug }) => {
  const file = /^[a-z0-9-]{1,80}$/.test(slug) ? await downloadPublicDocument(ctx, slug) : null;
  if (!file) throw new AppError("not_found", DOWNLOAD_MESSAGES.noPublicDocument);
  return new Response(Buffer.from(file.bytes), {
    status: 200,
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${file.fileName}"`,
      "Content-Length": String(file.bytes.byteLength),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "no-store",
      "X-Content-SHA256": file.sha256,
    },
  });
});
