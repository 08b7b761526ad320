import "server-only";
// Per-key rate limit of the API (S28, like S2): the Postgres-backed fixed-window throttle
// (lib/security/throttle.ts), so every app instance counts the same requests. A key over its limit
// answers 429 with Retry-After until the window's block ends. Failed authentications are limited per
// client address, so guessing keys is slow.
import { AppError } from "../errors.ts";
import { consumeAttempt, type ThrottleRule } from "../security/throttle.ts";
import type { Clock } from "../time/clock.ts";
import { ApiError } from "./api-error.ts";
import { API_ERROR_TEXT } from "./messages.ts";

const MINUTE = 60_000;

function keyRule(limit: number): ThrottleRule {
  return { name: `api:key:${limit}`, limit, windowMs: MINUTE, blockMs: MINUTE };
}

/** Unauthenticated attempts per client address and minute (a key is 256 bits: this only curbs noise). */
export const API_AUTH_FAILURE_RULE: ThrottleRule = {
  name: "api:auth-failure-ip",
  limit: 60,
  windowMs: MINUTE,
  blockMs: 5 * MINUTE,
};

function refuse(retryAfterMs: number): never {
  throw new ApiError("rate_limited", "rate-limited", API_ERROR_TEXT.rate_limited, {
    retryAfterSeconds: Math.max(1, Math.ceil(retryAfterMs / 1000)),
  });
}

/** Counts one request of the key; throws rate_limited (with Retry-After) once it is over its limit. */
export async function consumeApiRequest(keyId: string, limitPerMinute: number, clock: Clock): Promise<void> {
  // The limit is part of the rule's name, so changing a key's limit starts a fresh window.
  const verdict = await consumeAttempt([{ rule: keyRule(limitPerMinute), subject: keyId }], clock);
  if (verdict.blocked) refuse(verdict.retryAfterMs);
}

/** Counts a failed authentication of the address; throws rate_limited when the address is blocked. */
export async function countAuthenticationFailure(ip: string | null, clock: Clock): Promise<void> {
  const verdict = await consumeAttempt([{ rule: API_AUTH_FAILURE_RULE, subject: ip ?? "unknown" }], clock);
  if (verdict.blocked) refuse(verdict.retryAfterMs);
}

export function isUnauthenticated(error: unknown): boolean {
  return error instanceof AppError && error.code === "unauthenticated";
}
