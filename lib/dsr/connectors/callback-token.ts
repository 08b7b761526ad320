import "server-only";
// The per-task callback token (docs/connectors/protocol.md): a system that answered 202 presents it as
// `Authorization: Bearer <token>` when it posts the result. It is derived from the server's AUTH_SECRET and
// the task's idempotency key, so every attempt of one task carries the same token (a system may keep the
// first); only its SHA-256 is stored (DsrTask.callbackTokenHash), and the hash is cleared once a result is
// in (single use). Compared in constant time.
import { createHmac, timingSafeEqual } from "node:crypto";
import { env } from "../../config/env.ts";
import { hashToken } from "../../crypto/token.ts";

export function callbackTokenFor(idempotencyKey: string): string {
  return createHmac("sha256", env().AUTH_SECRET)
    .update(`article28/dsr-callback-token/v1:${idempotencyKey}`)
    .digest("base64url");
}

export function callbackTokenHash(idempotencyKey: string): string {
  return hashToken(callbackTokenFor(idempotencyKey));
}

/** Whether `presented` is the token whose hash is stored (false when none is stored any more). */
export function callbackTokenMatches(presented: string, storedHash: string | null): boolean {
  if (!storedHash) return false;
  const given = Buffer.from(hashToken(presented), "hex");
  const expected = Buffer.from(storedHash, "hex");
  return given.length === expected.length && timingSafeEqual(given, expected);
}
