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

/** JSON with object keys sorted at every level, so the same content always gives the same bytes. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
}

/** Hashes exactly the chained fields (callers may pass a whole row; id and hash are not covered). */
export function eventHash(f: HashedFields): string {
  const content = canonicalJson({
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
  });
  return sha256Hex(content);
}

export function chainFor(organizationId: string | null | undefined): string {
  return organizationId ? `org:${organizationId}` : "provider";
}
