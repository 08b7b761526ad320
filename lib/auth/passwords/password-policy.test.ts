// The password policy (SECURITY.md S1): length counted in Unicode code points, 8..256, no composition
// rules, the bundled common/breached list refused case-insensitively, the user's own email/name refused.
import { describe, expect, it } from "vitest";
import { passwordWeakness } from "./password-policy.ts";

describe("password policy (S1)", () => {
  it("accepts a long passphrase without any composition rule (no digits, symbols or capitals needed)", async () => {
    expect(await passwordWeakness("correct horse battery staple")).toBeNull();
    expect(await passwordWeakness("lowercaseonlyphrase")).toBeNull();
  });

  it("refuses fewer than 8 characters and counts Unicode characters, not bytes or UTF-16 units", async () => {
    expect(await passwordWeakness("short12")).toBe("too_short");
    // 7 emoji are 14 UTF-16 units and 28 bytes, but 7 characters.
    expect(await passwordWeakness("🔒🔑🛡️🧱🚪🗝️🔐".replace(/\uFE0F/g, ""))).toBe("too_short");
    expect(await passwordWeakness("äöüßéèñç")).toBeNull();
  });

  it("accepts exactly 256 characters (not truncated) and refuses 257", async () => {
    const unicode256 = "ž".repeat(128) + "q".repeat(127) + "🐧";
    expect([...unicode256]).toHaveLength(256);
    expect(await passwordWeakness(unicode256)).toBeNull();
    expect(await passwordWeakness(unicode256 + "x")).toBe("too_long");
  });

  it("refuses passwords from the bundled breached list, whatever their case", async () => {
    for (const common of [
      "password",
      "12345678",
      "qwertyuiop",
      "PassWord",
      "ILOVEYOU",
      "baseball",
      "trustno1",
    ]) {
      expect(await passwordWeakness(common), common).toBe("common");
    }
  });

  it("refuses a single repeated character", async () => {
    expect(await passwordWeakness("zzzzzzzzzzzz")).toBe("repeated");
  });

  it("refuses the user's own email address, its local part or their name", async () => {
    const context = { email: "Grace.Hopper@navy.example", name: "Grace Hopper" };
    expect(await passwordWeakness("grace.hopper@navy.example", context)).toBe("personal");
    expect(await passwordWeakness("GRACE.HOPPER", context)).toBe("personal");
    expect(await passwordWeakness("gracehopper", context)).toBe("personal");
    expect(await passwordWeakness("Grace Hopper", context)).toBe("personal");
    expect(await passwordWeakness("grace hopper compiles cobol", context)).toBeNull();
  });

  it("loads the list once: later checks reuse it", async () => {
    await passwordWeakness("warm-up passphrase");
    const started = performance.now();
    for (let i = 0; i < 200; i++) await passwordWeakness(`distinct passphrase ${i}`);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
