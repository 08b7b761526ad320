import { describe, expect, it } from "vitest";
import { contentSecurityPolicy } from "./csp.ts";

describe("dynamic-page CSP (S15)", () => {
  it("allows scripts only by nonce with strict-dynamic and forbids framing, plugins and foreign forms", () => {
    const policy = contentSecurityPolicy("abc123");
    expect(policy).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("form-action 'self'");
    expect(policy).not.toContain("unsafe-inline");
    expect(policy).not.toContain("unsafe-eval");
  });

  it("allows eval, websockets and inline styles only for the development server's hot reload and overlay", () => {
    const policy = contentSecurityPolicy("n", true);
    expect(policy).toContain("style-src 'self' 'unsafe-inline'");
    expect(contentSecurityPolicy("n")).toContain("style-src 'self' 'nonce-n'");
    expect(policy).toContain("'unsafe-eval'");
    expect(policy).toContain("connect-src 'self' ws: wss:");
  });
});
