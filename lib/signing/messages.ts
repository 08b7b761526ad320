// Sentences of `npm run verify-certificate` (scripts/verify-certificate.ts; English, like the certificates).
import type { Verification } from "./verify.ts";

type Failure = Extract<Verification, { ok: false }>;

export const VERIFY_MESSAGES = {
  usage:
    "Usage: npm run verify-certificate -- <certificate.json> [--keys <https://…/.well-known/article28-certificate-keys.json | keys.json>]\n" +
    "   or: npm run verify-certificate <certificate.json> [<keys URL or file>]\n" +
    "Without --keys the keys of this installation (CERTIFICATE_SIGNING_KEYS, in development its development key) are used.",
  unreadableFile: (path: string, reason: string) => `Cannot read ${path}: ${reason}`,
  unreadableKeys: (source: string, reason: string) =>
    `Cannot read the published keys from ${source}: ${reason}`,
  keysNotAList: "it is not an Article28 certificate key list (/.well-known/article28-certificate-keys.json)",
  noLocalKeys:
    "CERTIFICATE_SIGNING_KEYS is not set: pass --keys with the issuer's /.well-known/article28-certificate-keys.json",
  localKeys: (keyIds: string[]) =>
    `Keys: this installation's CERTIFICATE_SIGNING_KEYS (${keyIds.join(", ")})`,
  developmentKeys:
    "Keys: the development key (CERTIFICATE_SIGNING_KEYS is not set; never valid in production)",
  publishedKeys: (source: string, issuer: string, keyIds: string[]) =>
    `Keys: ${source} (issuer ${issuer}; ${keyIds.join(", ")})`,
  valid: (keyId: string) => `VALID: the signature matches, made with the published Ed25519 key "${keyId}".`,
  signedSha256: (sha256: string) => `SHA-256 of the signed payload: ${sha256}`,
  otherDocument: (type: string) => `A signed document of type ${JSON.stringify(type)}:`,
  failure: (failure: Failure): string => {
    switch (failure.reason) {
      case "malformed":
        return "NOT VALID: this is not an Article28 signed certificate (a JSON envelope with format, algorithm, keyId, signature and payload).";
      case "unsupported_algorithm":
        return "NOT VALID: the certificate names an algorithm other than Ed25519.";
      case "unknown_key":
        return `NOT VALID: the key id ${JSON.stringify(failure.keyId)} is not among the published keys. Check that --keys points at the issuer's key list.`;
      case "bad_signature":
        return `NOT VALID: the signature does not match the content for key ${JSON.stringify(failure.keyId)}: the file was changed after it was signed (or the key id was).`;
    }
  },
};
