// The public half of the keyring as published at /.well-known/article28-certificate-keys.json (ADR 0020):
// per key its id, algorithm, status (the one that signs now is "active"; the others "retired", still valid
// for what they signed), since and until when it signed (where the keyring says), and the public key twice —
// SPKI PEM for openssl and JWK (OKP, Ed25519; RFC 8037) for JOSE libraries. Read back by
// `npm run verify-certificate --keys <url|file>`.
import { createPublicKey, type KeyObject } from "node:crypto";
import { z } from "zod";
import { SIGNING_ALGORITHM } from "./envelope.ts";
import type { SigningKey } from "./key-spec.ts";
import type { PublicKeys } from "./verify.ts";

export const PUBLISHED_KEYS_PATH = "/.well-known/article28-certificate-keys.json";

const publishedKey = z.object({
  keyId: z.string().min(1).max(64),
  algorithm: z.literal(SIGNING_ALGORITHM),
  status: z.enum(["active", "retired"]),
  since: z.string().nullable(),
  until: z.string().nullable(),
  publicKeyPem: z.string().startsWith("-----BEGIN PUBLIC KEY-----"),
  jwk: z.object({
    kty: z.literal("OKP"),
    crv: z.literal("Ed25519"),
    x: z.string(),
    kid: z.string(),
    alg: z.literal("EdDSA"),
    use: z.literal("sig"),
  }),
});
export const publishedKeysDocument = z.object({
  issuer: z.string(),
  keys: z.array(publishedKey).min(1),
});
export type PublishedKeys = z.infer<typeof publishedKeysDocument>;

function jwkOf(publicKey: KeyObject, keyId: string) {
  const { x } = publicKey.export({ format: "jwk" });
  return {
    kty: "OKP" as const,
    crv: "Ed25519" as const,
    x: x ?? "",
    kid: keyId,
    alg: "EdDSA" as const,
    use: "sig" as const,
  };
}

/** The published list for a keyring; `issuer` is the deployment's public base URL. */
export function publishedKeys(keyring: readonly SigningKey[], issuer: string): PublishedKeys {
  return {
    issuer,
    keys: keyring.map((key, index) => ({
      keyId: key.keyId,
      algorithm: SIGNING_ALGORITHM,
      status: index === 0 ? "active" : "retired",
      since: key.since,
      // A retired key signed until its successor (the entry before it) took over.
      until: index === 0 ? null : (keyring[index - 1]?.since ?? null),
      publicKeyPem: key.publicKey.export({ type: "spki", format: "pem" }).toString(),
      jwk: jwkOf(key.publicKey, key.keyId),
    })),
  };
}

/** The public keys of a published list, by key id; the PEM and the JWK of each key must agree. */
export function publicKeysOf(document: PublishedKeys): PublicKeys {
  const keys = new Map<string, KeyObject>();
  for (const entry of document.keys) {
    const key = createPublicKey({ key: entry.publicKeyPem, format: "pem" });
    if (key.asymmetricKeyType !== "ed25519" || jwkOf(key, entry.keyId).x !== entry.jwk.x)
      throw new Error(`The published key ${entry.keyId} is not one Ed25519 key (its PEM and JWK differ)`);
    keys.set(entry.keyId, key);
  }
  return keys;
}

/** The public keys of a keyring itself (verification against the local configuration). */
export function publicKeysOfKeyring(keyring: readonly SigningKey[]): PublicKeys {
  return new Map(keyring.map((k) => [k.keyId, k.publicKey]));
}
