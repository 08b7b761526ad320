import { describe, expect, it } from "vitest";
import { emailLocale, readerLocale } from "./reader-locale";

describe("the language a signed-in page speaks (issue 11 item 7)", () => {
  it("is the person's own choice, whatever the browser or the public site's cookie says", () => {
    expect(readerLocale({ chosen: "en", cookie: "de", acceptLanguage: "de-DE,de;q=0.9" })).toBe("en");
    expect(readerLocale({ chosen: "de", cookie: "en", acceptLanguage: "en-GB" })).toBe("de");
  });

  it("without a choice, follows the public site's cookie, then the browser, then English", () => {
    expect(readerLocale({ chosen: null, cookie: "de", acceptLanguage: "en-GB" })).toBe("de");
    expect(readerLocale({ chosen: null, cookie: undefined, acceptLanguage: "de-DE,de;q=0.9" })).toBe("de");
    expect(readerLocale({ chosen: undefined, cookie: "xx", acceptLanguage: "fr-FR" })).toBe("en");
    expect(readerLocale({ chosen: null, cookie: null, acceptLanguage: null })).toBe("en");
  });
});

describe("the language of an email", () => {
  it("is the recipient's own choice first", () => {
    expect(emailLocale("en", "de")).toBe("en");
    expect(emailLocale("de", "en")).toBe("de");
  });

  it("else the organisation's default language, else English", () => {
    expect(emailLocale(null, "de")).toBe("de");
    expect(emailLocale(undefined, "en")).toBe("en");
    expect(emailLocale(null, "fr")).toBe("en");
    expect(emailLocale(null, null)).toBe("en");
  });
});
