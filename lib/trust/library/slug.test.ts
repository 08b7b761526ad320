import { describe, expect, it } from "vitest";
import { libraryFileName, librarySlug } from "./slug";

describe("library slugs", () => {
  it("accepts lower-case words joined by single hyphens", () => {
    expect(librarySlug.parse("pentest-summary-2026")).toBe("pentest-summary-2026");
    expect(libraryFileName("caiq")).toBe("caiq.pdf");
  });

  it("refuses upper case, spaces, paths, doubled hyphens and the library's own page names", () => {
    for (const bad of [
      "Pentest",
      "pen test",
      "../secret",
      "a--b",
      "-a",
      "a-",
      "ab",
      "x".repeat(81),
      "request",
      "access",
      "download",
      "a.pdf",
    ]) {
      expect(librarySlug.safeParse(bad).success, bad).toBe(false);
    }
  });
});
