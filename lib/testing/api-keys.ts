// API keys for integration tests: a key of an organisation with the scopes a test needs, written
// directly (the portal's creation is tested in lib/api/keys/manage-keys.integration.test.ts), and
// requests that present it.
import type { ApiScope } from "../auth/authorization/api-scopes.ts";
import { newApiKey } from "../api/keys/key-format.ts";
import { db } from "../db/client.ts";

export async function testApiKey(
  organizationId: string,
  scopes: ApiScope[],
  options: { name?: string; rateLimitPerMinute?: number } = {},
): Promise<{ id: string; key: string; name: string }> {
  const { key, prefix, secretHash } = newApiKey();
  const name = options.name ?? `Test key ${prefix}`;
  const row = await db.apiKey.create({
    data: {
      organizationId,
      name,
      scopes,
      prefix,
      secretHash,
      createdByLabel: "integration test",
      rateLimitPerMinute: options.rateLimitPerMinute ?? 600,
    },
    select: { id: true },
  });
  return { id: row.id, key, name };
}

let addressCounter = 0;

/** A request to the API from its own client address (tests own their throttle subjects). */
export function apiRequest(
  path: string,
  options: {
    method?: string;
    key?: string | null;
    body?: unknown;
    headers?: Record<string, string>;
    ip?: string;
  } = {},
): Request {
  addressCounter += 1;
  const headers: Record<string, string> = {
    "x-forwarded-for": options.ip ?? `198.51.100.${(process.pid + addressCounter) % 250}`,
    "user-agent": "api integration test",
    ...options.headers,
  };
  if (options.key) headers.authorization = `Bearer ${options.key}`;
  let body: string | undefined;
  if (options.body !== undefined) {
    body = typeof options.body === "string" ? options.body : JSON.stringify(options.body);
    headers["content-type"] ??= "application/json";
  }
  return new Request(`http://localhost:3000${path}`, { method: options.method ?? "GET", headers, body });
}

/** The segment argument Next.js passes a route handler. */
export function routeParams<P extends Record<string, string>>(params: P): { params: Promise<P> } {
  return { params: Promise.resolve(params) };
}
