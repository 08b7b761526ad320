// The same-origin rule for server actions and state-changing route handlers (S14).
import { describe, expect, it } from "vitest";
import { isSameOrigin } from "./same-origin.ts";

const request = (origin: string | null, host: string | null, forwardedHost: string | null = null) => ({
  origin,
  host,
  forwardedHost,
});

describe("same-origin check (S14)", () => {
  it("accepts a request whose Origin names the host it was sent to", () => {
    expect(isSameOrigin(request("https://trust.example.com", "trust.example.com"), false)).toBe(true);
    expect(isSameOrigin(request("http://127.0.0.1:3000", "127.0.0.1:3000"), false)).toBe(true);
  });

  it("refuses a foreign, null, missing or malformed Origin, and a missing Host", () => {
    expect(isSameOrigin(request("https://attacker.example", "trust.example.com"), false)).toBe(false);
    expect(isSameOrigin(request("null", "trust.example.com"), false)).toBe(false);
    expect(isSameOrigin(request(null, "trust.example.com"), false)).toBe(false);
    expect(isSameOrigin(request("not a url", "trust.example.com"), false)).toBe(false);
    expect(isSameOrigin(request("https://trust.example.com", null), false)).toBe(false);
    expect(isSameOrigin(request("https://trust.example.com:8443", "trust.example.com"), false)).toBe(false);
  });

  it("ignores X-Forwarded-Host unless the proxy is trusted", () => {
    const forged = request("https://attacker.example", "trust.example.com", "attacker.example");
    expect(isSameOrigin(forged, false)).toBe(false);
    const proxied = request("https://trust.example.com", "10.0.0.5:3000", "trust.example.com");
    expect(isSameOrigin(proxied, true)).toBe(true);
    expect(isSameOrigin(proxied, false)).toBe(false);
  });
});
