// Encryption of secrets at rest (TOTP secrets, SSO client secrets): AES-256-GCM under a versioned key
// from ENCRYPTION_KEYS (SECURITY.md S4). A sealed value names its key version, so keys can rotate:
// new values use the first key, old values still open with theirs. The context (e.g. "totp:<userId>")
// is bound as associated data, so a ciphertext copied to another record does not open.
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { env } from "../config/env.ts";

type Key = { version: string; key: Buffer };

export function parseKeys(spec: string): Key[] {
  const keys = spec.split(",").map((part) => {
    const [version, material] = part.trim().split(":");
    const key = Buffer.from(material ?? "", "base64");
    if (!version || !/^[a-z0-9]+$/i.test(version) || key.length !== 32) {
      throw new Error("ENCRYPTION_KEYS must be 'version:base64-32-byte-key[,older...]'");
    }
    return { version, key };
  });
  if (keys.length === 0) throw new Error("ENCRYPTION_KEYS is empty");
  return keys;
}

function keys(): Key[] {
  return parseKeys(env().ENCRYPTION_KEYS);
}

export function seal(plaintext: string, context: string, keyring: Key[] = keys()): string {
  const { version, key } = keyring[0]!;
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  cipher.setAAD(Buffer.from(context));
  const body = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return [
    version,
    iv.toString("base64url"),
    cipher.getAuthTag().toString("base64url"),
    body.toString("base64url"),
  ].join(".");
}

export function open(sealed: string, context: string, keyring: Key[] = keys()): string {
  const [version, iv, tag, body] = sealed.split(".");
  const entry = keyring.find((k) => k.version === version);
  if (!entry || !iv || !tag || body === undefined)
    throw new Error("Sealed value uses an unknown key or is malformed");
  const decipher = createDecipheriv("aes-256-gcm", entry.key, Buffer.from(iv, "base64url"));
  decipher.setAAD(Buffer.from(context));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8");
}
