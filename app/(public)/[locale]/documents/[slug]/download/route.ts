// GET /<locale>/documents/<slug>/download: a public library document as an attachment. Each download
// is logged (without a recipient), so the answer is per request and not cached.
import { currentRequest } from "@/lib/auth/sessions/actor";
import { downloadPublicDocument } from "@/lib/trust/library/public-library";

export const dynamic = "force-dynamic";

export async function GET(
  _request: Request,
  { params }: { params: Promise<{ slug: string }> },
): Promise<Response> {
  const { slug } = await params;
  const file = /^[a-z0-9-]{1,80}$/.test(slug)
    ? await downloadPublicDocument(slug, await currentRequest())
    : null;
  if (!file) {
    return new Response("There is no public document at this address.\n", {
      status: 404,
      headers: {
        "Content-Type": "text/plain; charset=utf-8",
        "Cache-Control": "no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  }
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
}
