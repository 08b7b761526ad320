import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { contentHash, shortHash } from "./content-hash";

describe("content hash of a version", () => {
  it("is the hex SHA-256 of the Markdown as UTF-8", () => {
    expect(contentHash("")).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    expect(contentHash("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    const german = "## Maßnahmen für Übermittlungen";
    expect(contentHash(german)).toBe(createHash("sha256").update(Buffer.from(german, "utf8")).digest("hex"));
  });

  it("changes with any change of the text, whitespace included", () => {
    expect(contentHash("a\n")).not.toBe(contentHash("a"));
    expect(contentHash("a\r\n")).not.toBe(contentHash("a\n"));
  });

  it("is shown as its first 12 hex digits", () => {
    expect(shortHash(contentHash("abc"))).toBe("ba7816bf8f01");
  });
});
