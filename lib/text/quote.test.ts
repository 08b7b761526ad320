// Quoting what someone else wrote in the provider's emails (SECURITY.md S25): a quoted value stays on
// its line, inside exactly one pair of quotation marks; a quote block prefixes every line with "> ".
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hostileText } from "../testing/hostile-text.ts";
import { isBlank, quoted, quotedBlock } from "./quote.ts";

const UNSAFE =
  /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u200b\u2060\ufeff\u00ad\u3164\u{e0000}-\u{e007f}\p{Cs}]/u;

describe("quoted (S25)", () => {
  it("quotes in the locale's marks on one line (S25)", () => {
    expect(quoted("Greta\n\nURGENT")).toBe('"Greta URGENT"');
    expect(quoted("Greta", { locale: "de" })).toBe("„Greta“");
  });

  it("turns quotation marks inside the value into apostrophes, so the quote cannot be closed early (S25)", () => {
    expect(quoted('Greta" URGENT "')).toBe(`"Greta' URGENT '"`);
    expect(quoted("Greta“ URGENT „", { locale: "de" })).toBe("„Greta' URGENT '“");
  });

  it("holds exactly one pair of quotation marks and no unsafe character, for any input (property, S25)", () => {
    fc.assert(
      fc.property(hostileText, fc.constantFrom("en" as const, "de" as const), (input, locale) => {
        const output = quoted(input, { locale });
        expect(output).not.toMatch(UNSAFE);
        expect(output).not.toContain("\n");
        expect(output.match(/["„“”«»]/gu)).toHaveLength(2);
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it("knows when nothing is left to quote", () => {
    expect(isBlank("\u202E\u200B \n")).toBe(true);
    expect(isBlank(null)).toBe(true);
    expect(isBlank("x")).toBe(false);
  });
});

describe("quotedBlock (S25)", () => {
  it("prefixes every line, breaks at every kind of line break, keeps empty lines quoted (S25)", () => {
    expect(quotedBlock("One\r\n\r\nTwo\u2028Three\u0085Four\u202E")).toBe("> One\n>\n> Two\n> Three\n> Four");
  });

  it("starts every line with '>' and holds no unsafe character, for any input (property, S25)", () => {
    fc.assert(
      fc.property(hostileText, (input) => {
        const output = quotedBlock(input, 400);
        for (const line of output.split("\n")) expect(line.startsWith(">")).toBe(true);
        // A tab is plain text; everything else UNSAFE names is gone.
        expect(output.replace(/\t/g, " ")).not.toMatch(UNSAFE);
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});
