// Signing a document with the first key of a keyring (Ed25519 through node:crypto; ADR 0020). Ed25519 is
// deterministic: the same document and key always give the same signature, so a certificate downloaded twice
// (JSON and PDF) carries one signature.
import { sign } from "node:crypto";
import { canonicalJson } from "../api/canonical-json.ts";
import {
  ENVELOPE_FORMAT,
  SIGNING_ALGORITHM,
  type SignableDocument,
  type SignedEnvelope,
} from "./envelope.ts";
import type { SigningKey } from "./key-spec.ts";

/** The bytes that are signed for `document`: its canonical JSON in UTF-8. */
export function payloadBytes(document: SignableDocument): Buffer {
  return Buffer.from(canonicalJson(document), "utf8");
}

export function signDocument(document: SignableDocument, keyring: readonly SigningKey[]): SignedEnvelope {
  const key = keyring[0];
  if (!key?.privateKey) throw new Error("The first certificate signing key must be a private key");
  const payload = payloadBytes(document);
  return {
    format: ENVELOPE_FORMAT,
    algorithm: SIGNING_ALGORITHM,
    keyId: key.keyId,
    signature: sign(null, payload, key.privateKey).toString("base64"),
    payload: payload.toString("base64"),
  };
}
