// The NDA is accepted by typing the same full name as in the request: trimmed, case-insensitive.
import { describe, expect, it } from "vitest";
import { typedNameMatches } from "./typed-name";

describe("typed-name acceptance", () => {
  it("accepts the same name regardless of case, surrounding and repeated spaces", () => {
    expect(typedNameMatches("Jane Doe", "Jane Doe")).toBe(true);
    expect(typedNameMatches("Jane Doe", "  jane DOE ")).toBe(true);
    expect(typedNameMatches("Jane  Doe", "jane doe")).toBe(true);
    expect(typedNameMatches("Jürgen Weiß", "JÜRGEN WEIß")).toBe(true);
  });

  it("treats composed and decomposed accents as the same", () => {
    expect(typedNameMatches("Zoë", "Zoe\u0308")).toBe(true);
  });

  it("refuses another name, a partial name and empty input", () => {
    expect(typedNameMatches("Jane Doe", "John Doe")).toBe(false);
    expect(typedNameMatches("Jane Doe", "Jane")).toBe(false);
    expect(typedNameMatches("Jane Doe", "JaneDoe")).toBe(false);
    expect(typedNameMatches("", "")).toBe(false);
    expect(typedNameMatches("   ", "   ")).toBe(false);
  });
});
