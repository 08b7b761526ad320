// Audit values come from requests: escape control characters (no forged log lines) and never keep secrets.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
const SECRET_KEY = /pass(word)?|secret|token|otp|totp|code|cookie|authorization/i;

export function sanitizeAuditText(value: string | null | undefined, maxLength = 256): string | null {
  if (value === null || value === undefined) return null;
  const escaped = value.replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
  return escaped.length > maxLength ? `${escaped.slice(0, maxLength)}…` : escaped;
}

export function sanitizeMetadata(value: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(value).map(([key, v]) => [key, SECRET_KEY.test(key) ? "[redacted]" : sanitizeValue(v)]),
  );
}

function sanitizeValue(value: unknown): unknown {
  if (typeof value === "string") return sanitizeAuditText(value, 1024);
  if (Array.isArray(value)) return value.map(sanitizeValue);
  if (value instanceof Date) return value.toISOString();
  if (value && typeof value === "object") return sanitizeMetadata(value as Record<string, unknown>);
  return value ?? null;
}
