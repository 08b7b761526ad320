import "server-only";
// The HTTP answer of the evidence route handlers: the file as an attachment, or a plain status that
// says nothing about the record (404 for anything the caller may not know exists, S12).
import { ForbiddenError, NotFoundError, UnauthenticatedError } from "../../errors.ts";
import type { EvidenceFile, EvidenceFormat } from "./download.ts";

const PLAIN = {
  "Content-Type": "text/plain; charset=utf-8",
  "Cache-Control": "no-store",
  "X-Content-Type-Options": "nosniff",
};

/** "evidence.json" -> "json"; anything else -> null. */
export function evidenceFormatOf(extension: string): EvidenceFormat | null {
  return extension === "json" || extension === "pdf" ? extension : null;
}

export async function evidenceResponse(load: () => Promise<EvidenceFile>): Promise<Response> {
  try {
    const file = await load();
    return new Response(new Uint8Array(file.bytes), {
      status: 200,
      headers: {
        "Content-Type": file.contentType,
        "Content-Disposition": `attachment; filename="${file.fileName}"`,
        "Content-Length": String(file.bytes.byteLength),
        "X-Content-Type-Options": "nosniff",
        "Cache-Control": "no-store",
        "X-Content-SHA256": file.sha256,
      },
    });
  } catch (error) {
    if (error instanceof NotFoundError) return new Response("Not found.\n", { status: 404, headers: PLAIN });
    if (error instanceof ForbiddenError)
      return new Response("You do not have permission to download this.\n", { status: 403, headers: PLAIN });
    if (error instanceof UnauthenticatedError)
      return new Response("Please sign in.\n", { status: 401, headers: PLAIN });
    throw error;
  }
}
