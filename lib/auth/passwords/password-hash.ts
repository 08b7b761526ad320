// Password hashing with argon2id (SECURITY.md S1). Parameters live in the PHC string, so they can be
// raised later and old hashes still verify (needsRehash tells when to upgrade at next sign-in).
import argon2 from "argon2";

export const PASSWORD_PARAMS = {
  type: argon2.argon2id,
  memoryCost: 19456,
  timeCost: 2,
  parallelism: 1,
} as const;
export { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "./password-length.ts";

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password.normalize("NFKC"), PASSWORD_PARAMS);
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password.normalize("NFKC"));
  } catch {
    return false;
  }
}

/** A fixed hash to verify against when the account does not exist, so timing does not reveal it (S3). */
let decoy: Promise<string> | undefined;
export function decoyHash(): Promise<string> {
  decoy ??= hashPassword("decoy-password-for-unknown-accounts");
  return decoy;
}

export function needsRehash(hash: string): boolean {
  return argon2.needsRehash(hash, PASSWORD_PARAMS);
}
