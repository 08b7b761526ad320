// Signed points of an audit chain (ADR 0025): a prune checkpoint (the last event of a removed prefix) and a
// chain head (the newest event at a time). Both are Ed25519 envelopes (lib/signing, ADR 0020) over
// { type, chain, seq, hash, … }, signed with the certificate key and checked against the keyring's public
// keys (retired keys included, so a rotation does not break verification).
import { signDocument } from "../signing/sign.ts";
import { certificateSigningKeys } from "../signing/keyring.ts";
import { publicKeysOfKeyring } from "../signing/published-keys.ts";
import type { SignedEnvelope } from "../signing/envelope.ts";
import { verifyEnvelope } from "../signing/verify.ts";

export const PRUNE_CHECKPOINT_TYPE = "article28.audit-prune-checkpoint";
export const CHAIN_HEAD_TYPE = "article28.audit-chain-head";
export type SignedPointType = typeof PRUNE_CHECKPOINT_TYPE | typeof CHAIN_HEAD_TYPE;

export type SignedPoint = { chain: string; seq: number; hash: string; signedAt: Date } & Record<
  string,
  string | number | Date
>;

export function signPoint(type: SignedPointType, point: SignedPoint): SignedEnvelope {
  const document: Record<string, string | number> = { type };
  for (const [key, value] of Object.entries(point))
    document[key] = value instanceof Date ? value.toISOString() : value;
  return signDocument({ ...document, type }, certificateSigningKeys());
}

/**
 * Whether `envelope` is a valid signature of `type` over exactly this chain, seq and hash (the stored row's
 * columns); the reason when it is not.
 */
export function pointSignatureProblem(
  type: SignedPointType,
  envelope: string,
  row: { chain: string; seq: number; hash: string },
): string | null {
  const checked = verifyEnvelope(envelope, publicKeysOfKeyring(certificateSigningKeys()));
  if (!checked.ok) return `its signature does not verify (${checked.reason})`;
  const { document } = checked;
  if (document.type !== type || document.chain !== row.chain || document.seq !== row.seq)
    return "its signed document names another chain, seq or type";
  if (document.hash !== row.hash) return "its signed hash differs from the stored one";
  return null;
}
