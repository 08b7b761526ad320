// The signed envelope (ADR 0020): the exact bytes signed travel in the file, so any Ed25519 tool can check
// them without re-serialising JSON. `payload` is the base64 of the document's canonical JSON in UTF-8
// (lib/api/canonical-json.ts: keys sorted, no white space); `signature` is the base64 of the 64-byte Ed25519
// signature over exactly those bytes, made with the key `keyId` names. The document inside names its own
// `type`, so a signature over one kind of document cannot be passed off as another.
import { z } from "zod";

export const ENVELOPE_FORMAT = "article28.signed-json.v1";
export const SIGNING_ALGORITHM = "Ed25519";

/** A document that can be signed: a JSON object that says what it is. */
export type SignableDocument = { type: string } & Record<string, unknown>;

export type SignedEnvelope = {
  format: typeof ENVELOPE_FORMAT;
  algorithm: typeof SIGNING_ALGORITHM;
  keyId: string;
  signature: string;
  payload: string;
};

const base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/);

/** The envelope's shape, as read from a file (strict: an envelope carries nothing unsigned beside these). */
export const signedEnvelope = z
  .object({
    format: z.literal(ENVELOPE_FORMAT),
    algorithm: z.string(),
    keyId: z.string().min(1).max(64),
    signature: base64,
    payload: base64,
  })
  .strict();

/** The envelope as a file: pretty-printed, fields in a fixed order, one final newline. */
export function envelopeFile(envelope: SignedEnvelope): Buffer {
  const { format, algorithm, keyId, signature, payload } = envelope;
  return Buffer.from(
    `${JSON.stringify({ format, algorithm, keyId, signature, payload }, null, 2)}\n`,
    "utf8",
  );
}
