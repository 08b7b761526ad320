// Audit values come from requests: control characters are escaped (no forged log lines) and
// secret-looking metadata is never kept (SECURITY.md S17).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sanitizeAuditText, sanitizeMetadata } from "./sanitize.ts";

const CONTROL_CHARS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

describe("audit text sanitizing (S17)", () => {
  it("escapes line breaks so a value cannot forge a second log line (S17)", () => {
    expect(sanitizeAuditText("Mozilla/5.0\n2026-11-23 auth.sign_in.succeeded admin@example.test")).toBe(
      "Mozilla/5.0\\u000a2026-11-23 auth.sign_in.succeeded admin@example.test",
    );
    expect(sanitizeAuditText("a\r\nb")).toBe("a\\u000d\\u000ab");
  });

  it.each([
    ["NUL", "\u0000", "\\u0000"],
    ["tab", "\t", "\\u0009"],
    ["escape (terminal sequences)", "\u001b[31m", "\\u001b[31m"],
    ["DEL", "\u007f", "\\u007f"],
    ["C1 next line", "\u0085", "\\u0085"],
    ["line separator", "\u2028", "\\u2028"],
    ["paragraph separator", "\u2029", "\\u2029"],
  ])("escapes %s (S17)", (_name, input, escaped) => {
    expect(sanitizeAuditText(`x${input}y`)).toBe(`x${escaped}y`);
  });

  it("leaves ordinary text, including non-ASCII letters and emoji, unchanged (S17)", () => {
    const text = "Zoë Müller <zoe@exämple.test> 🔐 日本語";
    expect(sanitizeAuditText(text)).toBe(text);
  });

  it("passes null and undefined through as null (S17)", () => {
    expect(sanitizeAuditText(null)).toBeNull();
    expect(sanitizeAuditText(undefined)).toBeNull();
  });

  it("caps the length and marks the cut (S17)", () => {
    expect(sanitizeAuditText("a".repeat(300))).toBe(`${"a".repeat(256)}…`);
    expect(sanitizeAuditText("a".repeat(20), 10)).toBe(`${"a".repeat(10)}…`);
    expect(sanitizeAuditText("a".repeat(256))).toBe("a".repeat(256));
  });

  it("never returns a control character, for any input (property) (S17)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 200 }), (input) => {
        const output = sanitizeAuditText(input, 10_000)!;
        expect(output).not.toMatch(CONTROL_CHARS);
        // Only control characters change: text without them comes back as it was.
        if (!CONTROL_CHARS.test(input)) expect(output).toBe(input);
      }),
    );
  }, 30_000); // 100 runs take ~1 s; a loaded 2-core machine needs more than the default 5 s
});

describe("audit metadata sanitizing (S17)", () => {
  it.each([
    "password",
    "newPassword",
    "currentPassword",
    "passwordHash",
    "pass",
    "clientSecret",
    "AUTH_SECRET",
    "token",
    "resetToken",
    "otp",
    "totpCode",
    "backupCodes",
    "cookie",
    "Authorization",
  ])("redacts the value under the secret-looking key %s (S17)", (key) => {
    const canary = "canary-s3cr3t-value";
    const result = sanitizeMetadata({ [key]: canary, email: "user@example.test" });
    expect(result).toEqual({ [key]: "[redacted]", email: "user@example.test" });
    expect(JSON.stringify(result)).not.toContain(canary);
  });

  it("redacts key material: apiKey, api_key, privateKey, signingKey, encryptionKey (S17)", () => {
    const keys = ["apiKey", "api_key", "privateKey", "signingKey", "encryptionKey"];
    const result = sanitizeMetadata(Object.fromEntries(keys.map((k) => [k, "canary-key-material"])));
    expect(result).toEqual(Object.fromEntries(keys.map((k) => [k, "[redacted]"])));
  });

  it("redacts secrets at every depth, inside objects and arrays (S17)", () => {
    const canary = "canary-nested-secret";
    const result = sanitizeMetadata({
      change: { field: "credential", before: { password: canary }, after: { password: canary } },
      attempts: [{ otp: canary, ok: false }, { totp: { code: canary } }],
      deeper: { a: { b: { c: { token: canary } } } },
    });
    expect(JSON.stringify(result)).not.toContain(canary);
    expect(result).toEqual({
      change: { field: "credential", before: { password: "[redacted]" }, after: { password: "[redacted]" } },
      attempts: [{ otp: "[redacted]", ok: false }, { totp: "[redacted]" }],
      deeper: { a: { b: { c: { token: "[redacted]" } } } },
    });
  });

  it("redacts a whole object or array under a secret key (S17)", () => {
    expect(
      sanitizeMetadata({ backupCodes: ["1111-2222", "3333-4444"], tokens: { access: "a", refresh: "r" } }),
    ).toEqual({
      backupCodes: "[redacted]",
      tokens: "[redacted]",
    });
  });

  it("escapes control characters in strings at every depth (S17)", () => {
    expect(
      sanitizeMetadata({
        email: "victim@example.test\nauth.sign_in.succeeded",
        nested: { list: ["ok", "bad\u0000value", { note: "x\u2028y" }] },
      }),
    ).toEqual({
      email: "victim@example.test\\u000aauth.sign_in.succeeded",
      nested: { list: ["ok", "bad\\u0000value", { note: "x\\u2028y" }] },
    });
  });

  it("keeps numbers, booleans and null, turns undefined into null and dates into ISO strings (S17)", () => {
    expect(
      sanitizeMetadata({
        count: 3,
        ratio: 0.5,
        ok: true,
        none: null,
        missing: undefined,
        at: new Date("2026-11-23T10:00:00.000Z"),
      }),
    ).toEqual({ count: 3, ratio: 0.5, ok: true, none: null, missing: null, at: "2026-11-23T10:00:00.000Z" });
  });

  it("caps long string values at 1024 characters (S17)", () => {
    expect(sanitizeMetadata({ note: "n".repeat(2000) })).toEqual({ note: `${"n".repeat(1024)}…` });
  });

  it("escapes control characters in metadata keys too: no forged lines, no NUL that PostgreSQL jsonb refuses (S17)", () => {
    // A NUL inside a jsonb key makes the audit INSERT fail (22P05), so the audited action fails with it.
    const result = sanitizeMetadata({
      "field\nauth.sign_in.succeeded": 1,
      "nul\u0000key": 2,
      nested: { "x\ry": 3 },
    });
    expect(Object.keys(result)).toHaveLength(3);
    for (const key of [...Object.keys(result), ...Object.keys(result.nested as object)])
      expect(key).not.toMatch(CONTROL_CHARS);
  });

  it("does not mutate its input (S17)", () => {
    const input = { password: "p", nested: { text: "a\nb" } };
    sanitizeMetadata(input);
    expect(input).toEqual({ password: "p", nested: { text: "a\nb" } });
  });
});
