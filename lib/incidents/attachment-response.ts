import "server-only";
// A file of the breach workflow (the register export, an evidence pack) as the answer of a route
// handler: an attachment that is never cached or sniffed, with the SHA-256 of its exact bytes.
import { sha256Hex } from "../crypto/sha256.ts";
import { attachmentDisposition } from "../http/content-disposition.ts";

export type DownloadFile = { contentType: string; fileName: string } & (
  { bytes: Uint8Array } | { body: string }
);

export function attachmentResponse(file: DownloadFile): Response {
  const bytes = "bytes" in file ? new Uint8Array(file.bytes) : new TextEncoder().encode(file.body);
  return new Response(bytes, {
    status: 200,
    headers: {
      "Content-Type": file.contentType,
      "Content-Disposition": attachmentDisposition(file.fileName),
      "Content-Length": String(bytes.byteLength),
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
      "X-Content-SHA256": sha256Hex(bytes),
    },
  });
}
