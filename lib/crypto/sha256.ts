// The project's one content fingerprint: hex SHA-256 (strings hashed as UTF-8). Used for token storage,
// audit chains, document and NDA versions, uploaded and delivered files, and evidence packs.
import { createHash } from "node:crypto";

export function sha256Hex(data: Uint8Array | string): string {
  return createHash("sha256").update(data).digest("hex");
}
