// The project's one content fingerprint: hex SHA-256 (strings hashed as UTF-8). Used for token storage,
// audit chains, document and NDA versions, uploaded and delivered files, and evidence packs. One-shot
// `crypto.hash` (Node >= 20.12): several times faster than a `createHash` object per value, which counts
// when a verification hashes a million audit events.
import { hash } from "node:crypto";

export function sha256Hex(data: Uint8Array | string): string {
  return hash("sha256", data, "hex");
}
