// Checking a signed envelope against published public keys (ADR 0020): the answer says what is wrong —
// not an envelope, an algorithm other than Ed25519, a key id nobody published, or a signature that does not
// match the payload (one changed byte) — or gives the signed document and the SHA-256 of the signed bytes.
import { verify, type KeyObject } from "node:crypto";
import { sha256Hex } from "../crypto/sha256.ts";
import { SIGNING_ALGORITHM, signedEnvelope, type SignableDocument } from "./envelope.ts";

export type Verification =
  | { ok: true; keyId: string; document: SignableDocument; payloadSha256: string; signature: string }
  | {
      ok: false;
      reason: "malformed" | "unsupported_algorithm" | "unknown_key" | "bad_signature";
      keyId?: string;
    };

/** Public keys by key id. */
export type PublicKeys = ReadonlyMap<string, KeyObject>;

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Verifies a signed envelope (the file's text or bytes) against `keys`. */
export function verifyEnvelope(file: string | Uint8Array, keys: PublicKeys): Verification {
  const text = typeof file === "string" ? file : Buffer.from(file).toString("utf8");
  const parsed = signedEnvelope.safeParse(parseJson(text));
  if (!parsed.success) return { ok: false, reason: "malformed" };
  const envelope = parsed.data;
  if (envelope.algorithm !== SIGNING_ALGORITHM)
    return { ok: false, reason: "unsupported_algorithm", keyId: envelope.keyId };
  const key = keys.get(envelope.keyId);
  if (!key) return { ok: false, reason: "unknown_key", keyId: envelope.keyId };
  const payload = Buffer.from(envelope.payload, "base64");
  const signature = Buffer.from(envelope.signature, "base64");
  // Base64 that does not round-trip (stray padding, a changed character in the last group) is not the signed text.
  const exact =
    payload.toString("base64") === envelope.payload && signature.toString("base64") === envelope.signature;
  if (!exact || signature.length !== 64 || !verify(null, payload, key, signature))
    return { ok: false, reason: "bad_signature", keyId: envelope.keyId };
  const document = parseJson(payload.toString("utf8"));
  if (!isSignable(document)) return { ok: false, reason: "malformed", keyId: envelope.keyId };
  return {
    ok: true,
    keyId: envelope.keyId,
    document,
    payloadSha256: sha256Hex(payload),
    signature: envelope.signature,
  };
}

function isSignable(value: unknown): value is SignableDocument {
  return (
    value !== null &&
    typeof value === "object" &&
    !Array.isArray(value) &&
    typeof (value as { type?: unknown }).type === "string"
  );
}
