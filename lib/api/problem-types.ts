// The kinds of problem the API answers with (RFC 9457): a stable type URI, the HTTP status and a short
// title that is the same for every occurrence. `detail` says what happened this time. Listed in the
// OpenAPI document (lib/api/openapi), so a client can switch on `type`.
import type { ErrorCode } from "../errors.ts";

export const PROBLEM_TYPES = {
  "invalid-request": { status: 400, title: "The request is not valid" },
  "invalid-json": { status: 400, title: "The body is not valid JSON" },
  unauthenticated: { status: 401, title: "A valid API key is required" },
  "insufficient-scope": { status: 403, title: "The API key's scopes do not allow this" },
  forbidden: { status: 403, title: "Not allowed" },
  "not-found": { status: 404, title: "Not found" },
  conflict: { status: 409, title: "Conflict with the current state" },
  "idempotency-key-reused": {
    status: 409,
    title: "The idempotency key was used with another request",
  },
  "idempotency-key-in-use": {
    status: 409,
    title: "A request with this idempotency key is still being processed",
  },
  "body-too-large": { status: 413, title: "The body is too large" },
  "unsupported-media-type": { status: 415, title: "The body must be application/json" },
  "rate-limited": { status: 429, title: "Too many requests" },
  "internal-error": { status: 500, title: "Internal error" },
} as const satisfies Record<string, { status: number; title: string }>;

export type ProblemType = keyof typeof PROBLEM_TYPES;

export const PROBLEM_TYPE_BASE = "urn:article28:problem:";

export function problemTypeUri(type: ProblemType): string {
  return PROBLEM_TYPE_BASE + type;
}

/** The problem type of an error code that carries no type of its own. */
export const PROBLEM_OF_CODE: Record<ErrorCode, ProblemType> = {
  invalid: "invalid-request",
  unauthenticated: "unauthenticated",
  forbidden: "forbidden",
  not_found: "not-found",
  conflict: "conflict",
  too_large: "body-too-large",
  unsupported_type: "unsupported-media-type",
  rate_limited: "rate-limited",
  internal: "internal-error",
};
