import { describe, expect, it } from "vitest";
import { localeFromAcceptLanguage, localizedPath, preferredLocale } from "./locale";

describe("language negotiation", () => {
  it("picks the best supported language by quality", () => {
    expect(localeFromAcceptLanguage("de-DE,de;q=0.9,en;q=0.8")).toBe("de");
    expect(localeFromAcceptLanguage("fr-FR,fr;q=0.9,de;q=0.5,en;q=0.7")).toBe("en");
    expect(localeFromAcceptLanguage("fr, de;q=0.1")).toBe("de");
    expect(localeFromAcceptLanguage("en;q=0, de;q=0.2")).toBe("de");
  });

  it("answers null for nothing supported or no header", () => {
    expect(localeFromAcceptLanguage("fr, it")).toBeNull();
    expect(localeFromAcceptLanguage("")).toBeNull();
    expect(localeFromAcceptLanguage(null)).toBeNull();
  });

  it("prefers the chosen language (cookie) over the browser's", () => {
    expect(preferredLocale("en", "de")).toBe("en");
    expect(preferredLocale("xx", "de")).toBe("de");
    expect(preferredLocale(undefined, undefined)).toBe("en");
  });

  it("prefixes paths", () => {
    expect(localizedPath("de", "/toms")).toBe("/de/toms");
    expect(localizedPath("en", "/")).toBe("/en");
  });
});
