import { describe, expect, it } from "vitest";
import { parsePdfFileName, parseVersionParam } from "./version-param";

describe("version numbers in URLs", () => {
  it("accepts positive integers written plainly", () => {
    expect(parseVersionParam("1")).toBe(1);
    expect(parseVersionParam("42")).toBe(42);
  });

  it("refuses zero, signs, leading zeros, decimals, words and huge numbers", () => {
    for (const value of ["0", "-1", "+1", "01", "1.0", "1e3", "abc", "", " 1", "99999999"])
      expect(parseVersionParam(value), value).toBeNull();
  });
});

describe("DPA download file names", () => {
  it("reads latest.pdf and <n>.pdf", () => {
    expect(parsePdfFileName("latest.pdf")).toEqual({ version: "latest" });
    expect(parsePdfFileName("3.pdf")).toEqual({ version: 3 });
  });

  it("refuses anything else (the route answers 400)", () => {
    for (const name of [
      "latest",
      "3",
      "3.PDF",
      "Latest.pdf",
      "0.pdf",
      "03.pdf",
      "v3.pdf",
      "3.pdf.exe",
      "../3.pdf",
      "3.txt",
      ".pdf",
    ]) {
      expect(parsePdfFileName(name), name).toBeNull();
    }
  });
});
