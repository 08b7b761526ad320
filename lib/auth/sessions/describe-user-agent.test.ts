import { describe, expect, it } from "vitest";

// The module is server-only (vitest aliases that away); only the pure helper is exercised here.
import { describeUserAgent } from "./my-sessions.ts";

describe("session device labels", () => {
  it.each([
    [
      "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0 Safari/537.36",
      "Chrome on Linux",
    ],
    [
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120 Safari/537.36 Edg/120",
      "Edge on Windows",
    ],
    [
      "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_0) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Safari/605.1.15",
      "Safari on macOS",
    ],
    [
      "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 Version/17.0 Mobile Safari/604.1",
      "Safari on iOS",
    ],
    ["curl/8.0", "Browser"],
  ])("%s -> %s", (ua, label) => {
    expect(describeUserAgent(ua)).toBe(label);
  });

  it("says so when there is no user agent", () => {
    expect(describeUserAgent(null)).toBe("Unknown device");
  });
});
