// Signed HTTP messages in the Standard Webhooks format (https://www.standardwebhooks.com): the one
// signature both directions use: tasks Article28 sends to connected systems, status events it sends to
// customers' endpoints, and what the reference connector verifies. Headers:
//   webhook-id         a stable id per message; every retry of one message carries the same id
//   webhook-timestamp  seconds since the epoch when this attempt was signed
//   webhook-signature  "v1,<base64 HMAC-SHA256 of `${id}.${timestamp}.${body}`>" (space-separated list)
// Secrets are "whsec_" + base64 of 32 random bytes. node:crypto does the HMAC; nothing is hand-rolled.
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

export const WEBHOOK_HEADERS = {
  id: "webhook-id",
  timestamp: "webhook-timestamp",
  signature: "webhook-signature",
} as const;

const SECRET_PREFIX = "whsec_";
/** How far a message's timestamp may be from the receiver's clock (replay window). */
export const TOLERANCE_SECONDS = 5 * 60;

export function newWebhookSecret(): string {
  return SECRET_PREFIX + randomBytes(32).toString("base64");
}

export function isWebhookSecret(value: string): boolean {
  if (!value.startsWith(SECRET_PREFIX)) return false;
  const key = Buffer.from(value.slice(SECRET_PREFIX.length), "base64");
  return key.length >= 24 && key.length <= 64;
}

function keyOf(secret: string): Buffer {
  if (!isWebhookSecret(secret)) throw new Error("Not a webhook secret (whsec_ + base64 of 24–64 bytes).");
  return Buffer.from(secret.slice(SECRET_PREFIX.length), "base64");
}

function signatureOf(secret: string, id: string, timestamp: number, body: string): string {
  return createHmac("sha256", keyOf(secret)).update(`${id}.${timestamp}.${body}`).digest("base64");
}

/** The three headers for sending `body` (the exact bytes sent) as message `id` at `now`. */
export function signWebhook(
  secret: string,
  message: { id: string; body: string; now: Date },
): Record<(typeof WEBHOOK_HEADERS)[keyof typeof WEBHOOK_HEADERS], string> {
  const timestamp = Math.floor(message.now.getTime() / 1000);
  return {
    [WEBHOOK_HEADERS.id]: message.id,
    [WEBHOOK_HEADERS.timestamp]: String(timestamp),
    [WEBHOOK_HEADERS.signature]: `v1,${signatureOf(secret, message.id, timestamp, message.body)}`,
  };
}

export type WebhookVerification =
  | { ok: true; id: string; timestamp: Date }
  | { ok: false; reason: "missing_headers" | "stale_timestamp" | "bad_signature" };

/**
 * Checks a received message: all three headers present, the timestamp within TOLERANCE_SECONDS of `now`,
 * and one of the v1 signatures matching the raw body (compared in constant time).
 */
export function verifyWebhook(
  secret: string,
  headers: { get(name: string): string | null },
  body: string,
  now: Date,
): WebhookVerification {
  const id = headers.get(WEBHOOK_HEADERS.id);
  const timestampText = headers.get(WEBHOOK_HEADERS.timestamp);
  const signatures = headers.get(WEBHOOK_HEADERS.signature);
  if (!id || !timestampText || !signatures || !/^\d{1,12}$/.test(timestampText))
    return { ok: false, reason: "missing_headers" };
  const timestamp = Number(timestampText);
  if (Math.abs(now.getTime() / 1000 - timestamp) > TOLERANCE_SECONDS)
    return { ok: false, reason: "stale_timestamp" };
  const expected = Buffer.from(signatureOf(secret, id, timestamp, body), "base64");
  const matches = signatures.split(" ").some((entry) => {
    const [version, value] = entry.split(",", 2);
    if (version !== "v1" || !value) return false;
    const given = Buffer.from(value, "base64");
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
  return matches
    ? { ok: true, id, timestamp: new Date(timestamp * 1000) }
    : { ok: false, reason: "bad_signature" };
}
