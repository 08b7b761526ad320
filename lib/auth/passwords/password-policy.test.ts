// The password policy (SECURITY.md S1): length counted in Unicode code points, 8..256, no composition
// rules, the bundled common/breached list refused case-insensitively, the user's own email/name refused.
import { describe, expect, it } from "vitest";
import { passwordProblem } from "./password-policy.ts";

describe("password policy (S1)", () => {
  it("accepts a long passphrase without any composition rule (no digits, symbols or capitals needed)", async () => {
    expect(await passwordProblem("correct horse battery staple")).toBeNull();
    expect(await passwordProblem("lowercaseonlyphrase")).toBeNull();
  });

  it("refuses fewer than 8 characters and counts Unicode characters, not bytes or UTF-16 units", async () => {
    expect(await passwordProblem("short12")).toBe("Use at least 8 characters.");
    // 7 emoji are 14 UTF-16 units and 28 bytes, but 7 characters.
    expect(await passwordProblem("🔒🔑🛡️🧱🚪🗝️🔐".replace(/\uFE0F/g, ""))).toBe("Use at least 8 characters.");
    expect(await passwordProblem("äöüßéèñç")).toBeNull();
  });

  it("accepts exactly 256 characters (not truncated) and refuses 257", async () => {
    const unicode256 = "ž".repeat(128) + "q".repeat(127) + "🐧";
    expect([...unicode256]).toHaveLength(256);
    expect(await passwordProblem(unicode256)).toBeNull();
    expect(await passwordProblem(unicode256 + "x")).toBe("Use at most 256 characters.");
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
      expect(await passwordProblem(common), common).toMatch(/too common/);
    }
  });

  it("refuses a single repeated character", async () => {
    expect(await passwordProblem("zzzzzzzzzzzz")).toMatch(/repeat/);
  });

  it("refuses the user's own email address, its local part or their name", async () => {
    const context = { email: "Grace.Hopper@navy.example", name: "Grace Hopper" };
    expect(await passwordProblem("grace.hopper@navy.example", context)).toMatch(/email address or name/);
    expect(await passwordProblem("GRACE.HOPPER", context)).toMatch(/email address or name/);
    expect(await passwordProblem("gracehopper", context)).toMatch(/email address or name/);
    expect(await passwordProblem("Grace Hopper", context)).toMatch(/email address or name/);
    expect(await passwordProblem("grace hopper compiles cobol", context)).toBeNull();
  });

  it("loads the list once: later checks reuse it", async () => {
    await passwordProblem("warm-up passphrase");
    const started = performance.now();
    for (let i = 0; i < 200; i++) await passwordProblem(`distinct passphrase ${i}`);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
