// One line of plain text (SECURITY.md S25): every name, company and title refuses line breaks (U+2028,
// U+0085 included), controls, bidirectional and invisible characters; what cannot be refused is cleaned.
// Property tests run over all of Unicode with the dangerous characters mixed in on purpose.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hostileText } from "../testing/hostile-text.ts";
import { isSingleLine, singleLineText, toSingleLine } from "./single-line.ts";

const UNSAFE =
  /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u200b\u2060\ufeff\u00ad\u3164\u{e0000}-\u{e007f}\p{Cs}]/u;

const schema = singleLineText({ max: 500, label: "the name", required: "Enter the name." });

describe("singleLineText (S25)", () => {
  it("accepts names in any script, emoji with joiners and variation selectors, trimmed (S25)", () => {
    for (const name of [
      "Zoë Müller",
      "محمد‌علی",
      "山田 太郎",
      "क्‍ष",
      "👩‍💻 Ada",
      "❤️ Team",
      "O'Neill-García",
    ]) {
      expect(schema.safeParse(` ${name} `)).toEqual({ success: true, data: name });
    }
  });

  it.each([
    ["a line feed", "Greta\n\nURGENT", "Write the name on one line."],
    ["a next line (U+0085)", "Greta\u0085URGENT", "Write the name on one line."],
    ["a line separator (U+2028)", "Greta\u2028URGENT", "Write the name on one line."],
    ["a paragraph separator (U+2029)", "Greta\u2029URGENT", "Write the name on one line."],
    ["a tab", "Greta\tx", "The name contains a control character (such as a tab); remove it."],
    ["an escape", "Greta\u001b[31m", "The name contains a control character (such as a tab); remove it."],
    [
      "a C1 control (U+009B)",
      "Greta\u009bx",
      "The name contains a control character (such as a tab); remove it.",
    ],
    [
      "a right-to-left override (U+202E)",
      "Greta\u202Egnp.exe",
      "The name contains a hidden character that changes the direction of the text; remove it.",
    ],
    [
      "a right-to-left isolate (U+2067)",
      "Greta\u2067x",
      "The name contains a hidden character that changes the direction of the text; remove it.",
    ],
    [
      "a right-to-left mark (U+200F)",
      "Greta\u200Fx",
      "The name contains a hidden character that changes the direction of the text; remove it.",
    ],
    [
      "a zero-width space",
      "Gre\u200Bta",
      "The name contains an invisible character (such as a zero-width space); remove it.",
    ],
    [
      "a tag character",
      "Greta\u{E0041}",
      "The name contains an invisible character (such as a zero-width space); remove it.",
    ],
    ["a lone surrogate", "Greta\uD800", "The name contains a character that is not valid text; remove it."],
  ])("refuses %s with a message that says what to fix (S25)", (_what, value, message) => {
    const result = schema.safeParse(value);
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.message)).toEqual([message]);
  });

  it("refuses an empty or blank value when required, and allows it when not (S25)", () => {
    expect(schema.safeParse("  ").error!.issues[0]!.message).toBe("Enter the name.");
    expect(singleLineText({ max: 10, label: "the title" }).parse("  ")).toBe("");
  });

  it("counts the limit after trimming and names it (S25)", () => {
    const short = singleLineText({ max: 5, label: "the name" });
    expect(short.safeParse("  12345  ").success).toBe(true);
    expect(short.safeParse("123456").error!.issues[0]!.message).toBe("Use at most 5 characters.");
  });

  it("accepts a value exactly when it has no unsafe character (property, S25)", () => {
    fc.assert(
      fc.property(hostileText, (input) => {
        const result = schema.safeParse(input);
        const trimmed = input.trim();
        const expected = trimmed !== "" && !UNSAFE.test(trimmed);
        expect(result.success).toBe(expected);
        if (result.success) expect(result.data).not.toMatch(UNSAFE);
        expect(isSingleLine(trimmed)).toBe(!UNSAFE.test(trimmed));
      }),
      { numRuns: 500 },
    );
  }, 60_000);
});

describe("toSingleLine (S25)", () => {
  it("turns breaks and controls into spaces, drops hidden characters, keeps the rest (S25)", () => {
    expect(toSingleLine("  Greta\n\nURGENT:\u2028verify\u0085now \u202Egnp.exe\u200B ")).toBe(
      "Greta URGENT: verify now gnp.exe",
    );
    expect(toSingleLine("Zoë  Müller 👩‍💻")).toBe("Zoë Müller 👩‍💻");
  });

  it("cuts at the limit in whole characters and marks the cut (S25)", () => {
    expect(toSingleLine("abcdef", 4)).toBe("abc…");
    expect(toSingleLine("😀😀😀😀😀", 3)).toBe("😀😀…");
    expect(toSingleLine("abcd", 4)).toBe("abcd");
  });

  it("never returns an unsafe character, a line break or surrounding white space, for any input (property, S25)", () => {
    fc.assert(
      fc.property(hostileText, fc.integer({ min: 2, max: 300 }), (input, max) => {
        const output = toSingleLine(input, max);
        expect(output).not.toMatch(UNSAFE);
        expect(output).toBe(output.trim());
        expect(Array.from(output).length).toBeLessThanOrEqual(max);
        expect(isSingleLine(output)).toBe(true);
        // Safe text with single spaces comes back as it was.
        if (
          !UNSAFE.test(input) &&
          input === input.trim() &&
          !/\s\s/u.test(input) &&
          Array.from(input).length <= max
        )
          expect(output).toBe(input.replace(/\s/gu, " "));
      }),
      { numRuns: 500 },
    );
  }, 60_000);
});
