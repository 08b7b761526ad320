// The profile name is single-line plain text (SECURITY.md S25): it is pasted into emails other people
// receive (invitations), so line breaks, control, bidirectional and invisible characters are refused.
import { describe, expect, it } from "vitest";
import { profileInput } from "./profile.ts";

const nameError = (name: string) => {
  const result = profileInput("en").safeParse({ name });
  return result.success ? null : result.error.issues[0]!.message;
};

describe("profile name (S25)", () => {
  it("accepts ordinary names in any script, trimmed (S25)", () => {
    expect(profileInput("en").parse({ name: "  Zoë Müller " })).toEqual({ name: "Zoë Müller" });
    for (const name of ["José O'Neill-García", "محمد علی", "山田 太郎", "Ngũgĩ wa Thiong'o"]) {
      expect(nameError(name), name).toBeNull();
    }
  });

  it.each([
    ["a line feed with a forged paragraph", "Greta\n\nURGENT: verify your account at https://evil.example"],
    ["a carriage return", "Greta\rBcc: x@evil.example"],
    ["a line separator (U+2028)", "Greta\u2028URGENT"],
    ["a paragraph separator (U+2029)", "Greta\u2029URGENT"],
    ["a next-line control (U+0085)", "Greta\u0085URGENT"],
    ["a right-to-left override (U+202E)", "Greta\u202Efdp.exe"],
    ["a right-to-left isolate (U+2067)", "Greta\u2067x"],
    ["a zero-width space (U+200B)", "Gre\u200Bta"],
    ["a tab", "Greta\tURGENT"],
    ["an escape sequence", "Greta\u001b[31m"],
  ])("refuses %s (S25)", (_what, name) => {
    expect(nameError(name)).not.toBeNull();
  });

  it("words its refusals in the reader's language (issue 11 item 7)", () => {
    const german = (name: string) => profileInput("de").safeParse({ name }).error?.issues[0]?.message;
    expect(german("  ")).toBe("Geben Sie Ihren Namen ein.");
    expect(german("Greta\nURGENT")).toBe("Schreiben Sie den Text in eine Zeile.");
    expect(nameError("  ")).toBe("Enter your name.");
  });
});
