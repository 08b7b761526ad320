// The audit hash chain: each event's hash covers its content and the previous event's hash.
import { sha256Hex } from "../crypto/sha256.ts";

export const GENESIS_HASH = "0".repeat(64);

export type HashedFields = {
  chain: string;
  seq: number;
  prevHash: string;
  createdAt: Date;
  organizationId: string | null;
  actorUserId: string | null;
  actorLabel: string;
  action: string;
  targetType: string | null;
  targetId: string | null;
  ip: string | null;
  userAgent: string | null;
  requestId: string | null;
  metadata: unknown;
};

/**
 * JSON with object keys sorted at every level (by UTF-16 code units, the default sort), so the same content
 * always gives the same bytes. Written as loops without intermediate arrays: verification runs it over
 * a million events' metadata (lib/audit/hash-equivalence.test.ts checks it against JSON.stringify of a
 * sorted copy).
 */
export function canonicalJson(value: unknown): string {
  if (typeof value === "string") return quoted(value);
  if (value === null || typeof value !== "object") return JSON.stringify(value ?? null);
  if (Array.isArray(value)) {
    let out = "[";
    for (let i = 0; i < value.length; i++) out += (i === 0 ? "" : ",") + canonicalJson(value[i]);
    return `${out}]`;
  }
  const object = value as Record<string, unknown>;
  const keys = Object.keys(object).sort();
  let out = "";
  for (const key of keys) {
    const v = object[key];
    if (v !== undefined) out += (out === "" ? "{" : ",") + quoted(key) + ":" + canonicalJson(v);
  }
  return out === "" ? "{}" : `${out}}`;
}

/** What JSON.stringify escapes in a string: a quote, a backslash, a control character, a lone surrogate. */
const ESCAPED = /["\\\u0000-\u001f\ud800-\udfff]/;

/** A string as JSON.stringify writes it; without a character to escape (most text), by hand: twice as fast. */
function quoted(text: string): string {
  return ESCAPED.test(text) ? JSON.stringify(text) : `"${text}"`;
}

/** `,"key":<canonical JSON>` — or nothing for an undefined value, which canonicalJson leaves out too. */
function member(quotedKey: string, value: unknown): string {
  return value === undefined ? "" : `,${quotedKey}:${canonicalJson(value)}`;
}

/**
 * Hashes exactly the chained fields (callers may pass a whole row; id and hash are not covered): the
 * SHA-256 of canonicalJson over them. Written out with the keys already in sorted order, which gives the
 * same bytes as building the object and sorting it, several times faster (verification hashes a million
 * events; lib/audit/hash-equivalence.test.ts checks it against the generic form).
 */
export function eventHash(f: HashedFields): string {
  return hashWithTime(f, f.createdAt.toISOString());
}

/** The chained fields as verification reads them: the time already as its ISO 8601 string (UTC, ms). */
export type StoredHashedFields = Omit<HashedFields, "createdAt"> & { createdAt: string };

/** eventHash of fields whose time is read as text (no Date parsed and printed again per event). */
export function storedEventHash(f: StoredHashedFields): string {
  return hashWithTime(f, f.createdAt);
}

function hashWithTime(f: Omit<HashedFields, "createdAt">, createdAt: string): string {
  const body =
    member('"action"', f.action) +
    member('"actorLabel"', f.actorLabel) +
    member('"actorUserId"', f.actorUserId) +
    member('"chain"', f.chain) +
    member('"createdAt"', createdAt) +
    member('"ip"', f.ip) +
    member('"metadata"', f.metadata) +
    member('"organizationId"', f.organizationId) +
    member('"prevHash"', f.prevHash) +
    member('"requestId"', f.requestId) +
    member('"seq"', f.seq) +
    member('"targetId"', f.targetId) +
    member('"targetType"', f.targetType) +
    member('"userAgent"', f.userAgent);
  return sha256Hex(`{${body.slice(1)}}`);
}

/** The definition eventHash implements: canonicalJson over an object of the chained fields. */
export function eventHashGeneric(f: HashedFields): string {
  return sha256Hex(
    canonicalJson({
      chain: f.chain,
      seq: f.seq,
      prevHash: f.prevHash,
      createdAt: f.createdAt.toISOString(),
      organizationId: f.organizationId,
      actorUserId: f.actorUserId,
      actorLabel: f.actorLabel,
      action: f.action,
      targetType: f.targetType,
      targetId: f.targetId,
      ip: f.ip,
      userAgent: f.userAgent,
      requestId: f.requestId,
      metadata: f.metadata,
    }),
  );
}

export function chainFor(organizationId: string | null | undefined): string {
  return organizationId ? `org:${organizationId}` : "provider";
}
