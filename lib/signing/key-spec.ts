// CERTIFICATE_SIGNING_KEYS, parsed: one or more `keyId:base64-DER[:since]` entries, comma-separated, newest
// first. The first entry signs and must be an Ed25519 private key (PKCS#8 DER in base64, e.g.
// `openssl genpkey -algorithm ed25519 -outform DER | base64 -w0`); later entries stay published so
// certificates signed before a rotation still verify, and may be given as the private key or as the public
// key alone (SPKI DER in base64). `since` (YYYY-MM-DD, a real calendar day) is the day a key started signing, shown on the published
// key list. Keys are read with node:crypto; errors name the entry, never its key material. ADR 0020.
import { createPrivateKey, createPublicKey, type KeyObject } from "node:crypto";
import { parseIsoDate } from "../time/calendar-date.ts";

export type SigningKey = {
  keyId: string;
  /** Present for the entry that signs (and for retired entries given as private keys). */
  privateKey: KeyObject | null;
  publicKey: KeyObject;
  since: string | null;
};

const KEY_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

export class SigningKeyError extends Error {
  override name = "SigningKeyError";
}

function readKey(der: Buffer): { privateKey: KeyObject | null; publicKey: KeyObject } | null {
  try {
    const privateKey = createPrivateKey({ key: der, format: "der", type: "pkcs8" });
    return { privateKey, publicKey: createPublicKey(privateKey) };
  } catch {
    try {
      return { privateKey: null, publicKey: createPublicKey({ key: der, format: "der", type: "spki" }) };
    } catch {
      return null;
    }
  }
}

/** The keys of a CERTIFICATE_SIGNING_KEYS value, first (signing) key first; throws SigningKeyError. */
export function parseSigningKeys(spec: string): SigningKey[] {
  const entries = spec
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (entries.length === 0) throw new SigningKeyError("no key given");
  const keys = entries.map((entry, index): SigningKey => {
    const position = `entry ${index + 1}`;
    const [keyId = "", material = "", since, ...rest] = entry.split(":");
    if (!KEY_ID.test(keyId))
      throw new SigningKeyError(
        `${position}: the key id must be 1 to 64 letters, digits, '.', '_' or '-' (then ':' and the key)`,
      );
    if (rest.length > 0 || (since !== undefined && !parseIsoDate(since)))
      throw new SigningKeyError(`key ${keyId}: write 'keyId:base64-key' or 'keyId:base64-key:YYYY-MM-DD'`);
    const read = BASE64.test(material) ? readKey(Buffer.from(material, "base64")) : null;
    if (!read || read.publicKey.asymmetricKeyType !== "ed25519")
      throw new SigningKeyError(
        `key ${keyId}: not an Ed25519 key in base64 DER (PKCS#8 private key, or SPKI public key for a retired key)`,
      );
    if (index === 0 && !read.privateKey)
      throw new SigningKeyError(`key ${keyId}: the first key signs, so it must be a private key (PKCS#8)`);
    return { keyId, ...read, since: since ?? null };
  });
  const ids = new Set(keys.map((k) => k.keyId));
  if (ids.size !== keys.length) throw new SigningKeyError("two entries have the same key id");
  return keys;
}
