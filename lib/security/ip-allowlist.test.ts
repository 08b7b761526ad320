import { describe, expect, it } from "vitest";
import { ipAllowed, parseCidr } from "./ip-allowlist.ts";

describe("IP allow-list (organisation security policy)", () => {
  it("allows everything when the list is empty", () => {
    expect(ipAllowed("203.0.113.7", [])).toBe(true);
  });

  it("matches IPv4 and IPv6 ranges, single addresses and IPv4-mapped IPv6", () => {
    const list = ["203.0.113.0/24", "2001:db8::/32", "198.51.100.9"];
    expect(ipAllowed("203.0.113.200", list)).toBe(true);
    expect(ipAllowed("203.0.114.1", list)).toBe(false);
    expect(ipAllowed("2001:db8:1::5", list)).toBe(true);
    expect(ipAllowed("2001:db9::1", list)).toBe(false);
    expect(ipAllowed("198.51.100.9", list)).toBe(true);
    expect(ipAllowed("::ffff:203.0.113.5", list)).toBe(true);
  });

  it("refuses unknown or malformed client addresses when a list is set", () => {
    expect(ipAllowed(null, ["0.0.0.0/0"])).toBe(false);
    expect(ipAllowed("not-an-ip", ["0.0.0.0/0"])).toBe(false);
  });

  it("parses valid ranges and rejects invalid ones", () => {
    expect(parseCidr("10.0.0.0/8")).not.toBeNull();
    expect(parseCidr("10.0.0.0/33")).toBeNull();
    expect(parseCidr("hello")).toBeNull();
  });
});
