// Audit values come from requests: escape control characters (no forged log lines) and never keep secrets.
// C0/C1 controls, line/paragraph separators and bidirectional overrides (which can disguise text).
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u2028-\u202e\u2066-\u2069]/g;
const SECRET_KEY =
  /pass(word|phrase)?|secret|token|otp|cookie|authorization|credential|(api|private|signing|encryption)[_-]?key|(^|[_-]|backup|recovery|mfa|verification)codes?$/i;

export function sanitizeAuditText(value: string | null | undefined, maxLength = 256): string | null {
  if (value === null || value === undefined) return null;
  const escaped = value.replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
  return escaped.length > maxLength ? `${escaped.slice(0, maxLength)}…` : escaped;
}

export function sanitizeMetadata(value: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(value).map(([key, v]) => [
      sanitizeAuditText(key, 128) ?? "",
      SECRET_KEY.test(key) ? "[redacted]" : sanitizeValue(v),
    ]),
  );
}

function sanitizeValue(value: unknown): unknown {
  if (typeof value === "string") return sanitizeAuditText(value, 1024);
  if (Array.isArray(value)) return value.map(sanitizeValue);
  if (value instanceof Date) return value.toISOString();
  if (value && typeof value === "object") return sanitizeMetadata(value as Record<string, unknown>);
  return value ?? null;
}
