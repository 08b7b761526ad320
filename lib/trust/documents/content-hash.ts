// The fingerprint of a published version: hex SHA-256 of its Markdown text as UTF-8 bytes, exactly as
// stored (no normalisation), so anyone can recompute it from the text shown or the PDF.
import { createHash } from "node:crypto";

export function contentHash(body: string): string {
  return createHash("sha256").update(body, "utf8").digest("hex");
}

/** The short form shown inline ("3f2a9c01b7de"); the full hash is always one click away. */
export function shortHash(hash: string): string {
  return hash.slice(0, 12);
}
