// Content hashes of library files and NDA texts: hex SHA-256, as stored and shown to staff.
import { createHash } from "node:crypto";

export function sha256Hex(data: Uint8Array | string): string {
  return createHash("sha256").update(data).digest("hex");
}
