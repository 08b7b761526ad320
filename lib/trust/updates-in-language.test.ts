import { describe, expect, it } from "vitest";
import { updatesInLanguage, type StoredTrustUpdate } from "./updates-in-language";

let day = 0;
function row(locale: "en" | "de" | null, path: string, id: string): StoredTrustUpdate {
  day += 1;
  return {
    id,
    topic: locale ? "DOCUMENT" : "SUBPROCESSOR",
    title: `${id} (en)`,
    titleDe: `${id} (de)`,
    summary: `${id} summary`,
    summaryDe: `${id} Zusammenfassung`,
    path,
    locale,
    publishedAt: new Date(Date.UTC(2026, 0, day)),
  };
}

// Oldest first as written; the functions take newest first.
const history = [
  row(null, "/subprocessors", "sub"),
  row("en", "/toms", "toms-en-1"),
  row("de", "/toms", "toms-de-1"),
  row("en", "/toms", "toms-en-2"),
  row("de", "/faq", "faq-de-1"),
].reverse();

describe("which updates each language shows", () => {
  it("English pages show English and shared entries, never a German version's", () => {
    const english = updatesInLanguage(history, "en", 10);
    expect(english.map((u) => u.id)).toEqual(["toms-en-2", "toms-en-1", "sub"]);
    expect(english.every((u) => u.onlyIn === null)).toBe(true);
    expect(english.map((u) => u.summary)).not.toContain("toms-de-1 Zusammenfassung");
  });

  it("German pages show German entries, and an English version not yet translated as a marked fallback", () => {
    const german = updatesInLanguage(history, "de", 10);
    expect(german.map((u) => [u.id, u.onlyIn])).toEqual([
      ["faq-de-1", null],
      ["toms-en-2", "en"],
      ["toms-de-1", null],
      ["sub", null],
    ]);
    expect(german.find((u) => u.id === "toms-en-2")).toMatchObject({
      title: "toms-en-2 (de)",
      summary: "toms-en-2 Zusammenfassung",
    });
  });

  it("stops at the limit", () => {
    expect(updatesInLanguage(history, "de", 2).map((u) => u.id)).toEqual(["faq-de-1", "toms-en-2"]);
  });
});
