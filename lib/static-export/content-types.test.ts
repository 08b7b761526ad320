import { describe, expect, it } from "vitest";
import { mirrorFile, mirrorUrlPath } from "./content-types.ts";

describe("where an answer lives in the mirror", () => {
  it("puts a page in its folder's index.html, even when its last segment has a dot", () => {
    expect(mirrorFile("/en/toms", "text/html; charset=utf-8")).toBe("en/toms/index.html");
    expect(mirrorFile("/en/toms/v/1.2", "text/html")).toBe("en/toms/v/1.2/index.html");
    expect(mirrorFile("/", "text/html")).toBe("index.html");
  });

  it("keeps a file whose extension names its type and names one that has none", () => {
    expect(mirrorUrlPath("/subprocessors.json", "application/json")).toBe("/subprocessors.json");
    expect(mirrorUrlPath("/en/dpa/latest.pdf", "application/pdf")).toBe("/en/dpa/latest.pdf");
    expect(mirrorUrlPath("/en/documents/x/download", "application/pdf")).toBe("/en/documents/x/download.pdf");
    expect(mirrorUrlPath("/updates.atom", "application/atom+xml; charset=utf-8")).toBe("/updates.atom");
    expect(mirrorFile("/.well-known/security.txt", "text/plain")).toBe(".well-known/security.txt");
  });

  it("names a file's language variant with the language before the extension", () => {
    expect(mirrorUrlPath("/updates.atom?lang=de", "application/atom+xml")).toBe("/updates.de.atom");
  });

  it("decodes segments as a static server does and refuses ones that leave the folder", () => {
    expect(mirrorFile("/en/a%20b.pdf", "application/pdf")).toBe("en/a b.pdf");
    expect(() => mirrorFile("/en/%2e%2e/x.pdf", "application/pdf")).toThrow(/unusable/);
    expect(() => mirrorFile("/en/a%2Fb.pdf", "application/pdf")).toThrow(/unusable/);
  });
});
