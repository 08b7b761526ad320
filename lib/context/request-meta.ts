// Who is calling from where: client IP, user agent and a request id, for audit and throttling.
// The serving process (scripts/run.ts) guarantees X-Forwarded-For: taken from the socket unless
// TRUST_PROXY is set, in which case the first hop named by the trusted proxy is the client (S2).
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
