import { describe, expect, it } from "vitest";
import { chooseLanguage } from "./language-choice";

const earlier = [{ version: 1, publishedAt: new Date("2026-01-01T10:00:00Z") }];
const later = [{ version: 1, publishedAt: new Date("2026-02-01T10:00:00Z") }];

describe("which language of a document a visitor reads", () => {
  it("their own language when it is published and current", () => {
    expect(chooseLanguage("de", { en: earlier, de: later })).toEqual({ shown: "de", notice: "none" });
    expect(chooseLanguage("de", { en: earlier, de: earlier })).toEqual({ shown: "de", notice: "none" });
    expect(chooseLanguage("en", { en: earlier, de: later })).toEqual({ shown: "en", notice: "none" });
  });

  it("English, labelled, when there is no translation", () => {
    expect(chooseLanguage("de", { en: earlier })).toEqual({ shown: "en", notice: "missing-translation" });
  });

  it("the translation, flagged with the English version it lacks, when English was published after it", () => {
    expect(chooseLanguage("de", { en: later, de: earlier })).toEqual({
      shown: "de",
      notice: "outdated-translation",
      since: 1,
    });
    const english = [
      { version: 1, publishedAt: new Date("2026-01-01T10:00:00Z") },
      { version: 2, publishedAt: new Date("2026-03-01T10:00:00Z") },
    ];
    expect(chooseLanguage("de", { en: english, de: later })).toEqual({
      shown: "de",
      notice: "outdated-translation",
      since: 2,
    });
  });

  it("a page published only in German is shown in German to English visitors, labelled", () => {
    expect(chooseLanguage("en", { de: earlier })).toEqual({ shown: "de", notice: "missing-translation" });
  });

  it("nothing when nothing is published", () => {
    expect(chooseLanguage("en", {})).toBeNull();
    expect(chooseLanguage("de", {})).toBeNull();
  });
});
