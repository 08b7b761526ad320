// What an API key looks like and how it is stored (SECURITY.md S28): "a28_" and 32 random bytes in
// base64url (lib/crypto/token.ts), shown once; the database keeps its SHA-256 and its first characters
// (to tell keys apart on the page), never the key.
import { hashToken, newToken } from "../../crypto/token.ts";

export const API_KEY_PREFIX = "a28_";
/** A key as newApiKey writes it; checked before any lookup. */
export const API_KEY_SHAPE = /^a28_[A-Za-z0-9_-]{43}$/;
/** How many characters of the key the list shows ("a28_" and eight more). */
const SHOWN = API_KEY_PREFIX.length + 8;

export function newApiKey(): { key: string; prefix: string; secretHash: string } {
  const key = API_KEY_PREFIX + newToken();
  return { key, prefix: key.slice(0, SHOWN), secretHash: hashToken(key) };
}

export function apiKeyHash(key: string): string {
  return hashToken(key);
}
