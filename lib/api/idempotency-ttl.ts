// How long an idempotency key's answer is kept (lib/api/idempotency.ts; named in the OpenAPI document).
export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;
