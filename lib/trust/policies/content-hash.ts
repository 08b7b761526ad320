// The fingerprint of a published version: hex SHA-256 of its Markdown text as UTF-8 bytes, exactly as
// stored (no normalisation), so anyone can recompute it from the text shown or the PDF.
import { sha256Hex } from "../../crypto/sha256.ts";

export function contentHash(body: string): string {
  return sha256Hex(body);
}

/** The short form shown inline ("3f2a9c01b7de"); the full hash is always one click away. */
export function shortHash(hash: string): string {
  return hash.slice(0, 12);
}
