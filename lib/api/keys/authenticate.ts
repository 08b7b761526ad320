import "server-only";
// Who is calling the API (S28): the key in `Authorization: Bearer <key>`, looked up by its SHA-256. A
// revoked, unknown or malformed key is unauthenticated (401), with the same answer for each. The caller
// becomes an actor whose only membership is the key's organisation and whose permissions are the key's
// scopes (lib/auth/authorization/api-scopes.ts), so every domain function authorises it like a person
// and a record of another organisation is simply not found.
import type { Actor } from "../../auth/sessions/actor.ts";
import { db } from "../../db/client.ts";
import { AppError } from "../../errors.ts";
import type { Clock } from "../../time/clock.ts";
import { API_KEY_SHAPE, apiKeyHash } from "./key-format.ts";

/** lastUsedAt is written at most this often per key (one UPDATE a minute, not one per request). */
const LAST_USED_GRANULARITY_MS = 60_000;

export type ApiKeyCaller = {
  actor: Actor;
  organizationId: string;
  /** Requests per minute allowed (lib/api/rate-limit.ts). */
  rateLimitPerMinute: number;
  /** The organisation's zone: the key reads and writes times in it. */
  timeZone: string;
};

/** The key a request presents, or null (no header, another scheme, or not shaped like a key). */
export function bearerKey(authorization: string | null): string | null {
  const match = /^Bearer ([^\s]+)$/i.exec(authorization?.trim() ?? "");
  const key = match?.[1];
  return key && API_KEY_SHAPE.test(key) ? key : null;
}

export async function authenticateApiKey(authorization: string | null, clock: Clock): Promise<ApiKeyCaller> {
  const key = bearerKey(authorization);
  if (!key) throw new AppError("unauthenticated");
  const row = await db.apiKey.findUnique({
    where: { secretHash: apiKeyHash(key) },
    select: {
      id: true,
      name: true,
      scopes: true,
      revokedAt: true,
      lastUsedAt: true,
      rateLimitPerMinute: true,
      organization: {
        select: {
          id: true,
          slug: true,
          name: true,
          ipAllowlist: true,
          defaultTimeZone: true,
          closingSince: true,
        },
      },
    },
  });
  if (!row || row.revokedAt) throw new AppError("unauthenticated");
  await touchLastUsed(row.id, row.lastUsedAt, clock.now());
  const org = row.organization;
  const label = `API key ${row.name}`;
  return {
    organizationId: org.id,
    rateLimitPerMinute: row.rateLimitPerMinute,
    timeZone: org.defaultTimeZone,
    actor: {
      userId: `api-key:${row.id}`,
      email: "",
      name: label,
      sessionId: `api-key:${row.id}`,
      sessionMethod: "API_KEY",
      ssoOrganizationId: null,
      reauthenticatedAt: null,
      totpEnabled: false,
      staffRoles: [],
      timeZone: null,
      language: null,
      // MEMBER is the least role: anything that still reads the role (not the scopes) finds little.
      memberships: [
        {
          organizationId: org.id,
          slug: org.slug,
          name: org.name,
          role: "MEMBER",
          ipAllowlist: org.ipAllowlist,
          ssoRequired: false,
          defaultTimeZone: org.defaultTimeZone,
          closingSince: org.closingSince,
        },
      ],
      apiKey: { id: row.id, name: row.name, scopes: row.scopes },
    },
  };
}

/** Records the use unless it was recorded less than a minute ago (a conditional update: one writer wins). */
async function touchLastUsed(id: string, lastUsedAt: Date | null, now: Date): Promise<void> {
  const stale = new Date(now.getTime() - LAST_USED_GRANULARITY_MS);
  if (lastUsedAt && lastUsedAt > stale) return;
  await db.apiKey.updateMany({
    where: { id, OR: [{ lastUsedAt: null }, { lastUsedAt: { lte: stale } }] },
    data: { lastUsedAt: now },
  });
}
