// Where connector tasks may be sent (SSRF, SECURITY.md): https only, loopback http only outside a real
// production, no credentials, fragments or characters that bend a URL; addresses checked at connect time.
import { describe, expect, it } from "vitest";
import { endpointUrlRefusal, loopbackAllowed } from "./endpoint-url.ts";
import { addressAllowed } from "./outbound-http.ts";

describe("connector endpoints", () => {
  it.each([
    ["https://product.internal.example/dsr", true, null],
    ["https://10.0.0.5:8443/tasks", false, null],
    ["http://127.0.0.1:3100/product-database/tasks", true, null],
    ["http://localhost:3100/x", true, null],
    ["http://127.0.0.1:3100/x", false, "not_https"],
    ["http://product.example/x", true, "not_https"],
    ["ftp://product.example/x", true, "not_https"],
    ["https://user:pass@product.example/x", true, "credentials"],
    ["https://product.example/x#frag", true, "fragment"],
    ["https://product.example/x\nHost: evil", true, "not_a_url"],
    ["https://product.example/\u202Ex", true, "not_a_url"],
    ["not a url", true, "not_a_url"],
  ])("%s (loopback allowed: %s) → %s", (url, loopback, refusal) => {
    expect(endpointUrlRefusal(url, loopback)).toBe(refusal);
  });

  it("allows loopback in development and tests, and in production only for a loopback APP_URL (a local test run)", () => {
    expect(loopbackAllowed({ NODE_ENV: "development" })).toBe(true);
    expect(loopbackAllowed({ NODE_ENV: "test" })).toBe(true);
    expect(loopbackAllowed({ NODE_ENV: "production", APP_URL: "https://trust.example.com" })).toBe(false);
    expect(loopbackAllowed({ NODE_ENV: "production", APP_URL: "http://127.0.0.1:41234" })).toBe(true);
  });

  it.each([
    ["169.254.169.254", true, false],
    ["fe80::1", true, false],
    ["0.0.0.0", true, false],
    ["224.0.0.1", true, false],
    ["255.255.255.255", true, false],
    ["127.0.0.1", false, false],
    ["::ffff:127.0.0.1", false, false],
    ["127.0.0.1", true, true],
    ["10.1.2.3", false, true],
    ["93.184.216.34", false, true],
    ["not-an-ip", true, false],
  ])("connecting to %s (loopback allowed: %s) is allowed: %s", (address, loopback, allowed) => {
    expect(addressAllowed(address, loopback)).toBe(allowed);
  });
});
