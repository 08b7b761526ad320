import { describe, expect, it } from "vitest";
import { toWinAnsi } from "./win-ansi";

describe("text for the standard PDF fonts (Windows-1252)", () => {
  it("keeps English and German text, typographic quotes and dashes", () => {
    const text = "Maßnahmen für Übermittlungen – „Auftragsverarbeitung“ ‘quoted’ € … •";
    expect(toWinAnsi(text)).toBe(text);
  });

  it("replaces common symbols by readable equivalents", () => {
    expect(toWinAnsi("≥ 12 chars → done ✓")).toBe(">= 12 chars -> done [x]");
  });

  it("falls back to the base letter, then to ?", () => {
    expect(toWinAnsi("Łódź Dvořák")).toBe("?ódz Dvorák");
    expect(toWinAnsi("漢字 🙂")).toBe("?? ?");
  });

  it("drops control characters and expands tabs, keeps newlines", () => {
    expect(toWinAnsi("a\u0000b\tc\nd\u200b")).toBe("ab    c\nd");
  });

  it("drops direction controls a name stored before the rule may hold (S25)", () => {
    expect(toWinAnsi("Acknowledged by Eve \u202eevol\u202c at 10:00")).toBe(
      "Acknowledged by Eve evol at 10:00",
    );
  });
});
