// Staff read a single-use link only in development without SMTP (SECURITY.md S26, docs/decisions/0013).
import { describe, expect, it } from "vitest";
import { sensitiveMailReadable } from "./sealed-mail.ts";

describe("sensitive mail in the staff mail viewer (S26)", () => {
  it("stays sealed in production, with or without SMTP", () => {
    expect(sensitiveMailReadable({ NODE_ENV: "production", SMTP_URL: undefined })).toBe(false);
    expect(sensitiveMailReadable({ NODE_ENV: "production", SMTP_URL: "smtp://mail:25" })).toBe(false);
  });

  it("stays sealed in test deployments and in development once SMTP delivers it", () => {
    expect(sensitiveMailReadable({ NODE_ENV: "test", SMTP_URL: undefined })).toBe(false);
    expect(sensitiveMailReadable({ NODE_ENV: "development", SMTP_URL: "smtp://127.0.0.1:1025" })).toBe(false);
  });

  it("is readable on a developer's machine whose mail goes nowhere else", () => {
    expect(sensitiveMailReadable({ NODE_ENV: "development", SMTP_URL: undefined })).toBe(true);
  });
});
