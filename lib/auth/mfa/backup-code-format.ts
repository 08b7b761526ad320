// Backup codes as users see them (S5): 16 characters from Crockford's base32 alphabet (no I, L, O, U,
// so nothing is mistaken for another character), shown as four groups of four. Drawn from the CSPRNG:
// 80 bits each. Pure functions, shared by the server and tests.
import { randomBytes } from "node:crypto";

export const BACKUP_CODE_COUNT = 10;
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const LENGTH = 16;

/** One new code, e.g. "7K2M-QX9D-4RTB-HZ3N". 256 is a multiple of 32, so `byte & 31` is unbiased. */
export function newBackupCode(): string {
  const chars = Array.from(randomBytes(LENGTH), (byte) => ALPHABET[byte & 31]).join("");
  return chars.match(/.{4}/g)!.join("-");
}

/** The canonical form of what a user typed (case, spaces, dashes and look-alikes forgiven), or null. */
export function normalizeBackupCode(raw: string): string | null {
  const cleaned = raw.toUpperCase().replace(/[\s-]/g, "").replace(/O/g, "0").replace(/[IL]/g, "1");
  if (cleaned.length !== LENGTH) return null;
  for (const char of cleaned) if (!ALPHABET.includes(char)) return null;
  return cleaned;
}
