// Who is calling from where: client IP, user agent and a request id, for audit and throttling.
// The serving process (scripts/run.ts, scripts/client-address.ts) leaves one address in X-Forwarded-For:
// the socket's, or with TRUST_PROXY the one the configured number of trusted hops from the right (S2).
import { randomUUID } from "node:crypto";
import type { RequestMeta } from "./context.ts";

type HeaderSource = { get(name: string): string | null };

export function requestMetaFrom(headers: HeaderSource): RequestMeta {
  const ip = headers.get("x-forwarded-for")?.split(",")[0]?.trim() || null;
  return {
    ip: ip?.replace(/^::ffff:/, "") ?? null,
    userAgent: headers.get("user-agent"),
    requestId: headers.get("x-request-id") ?? randomUUID(),
  };
}
