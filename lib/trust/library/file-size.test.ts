import { describe, expect, it } from "vitest";
import { formatFileSize } from "./file-size";

describe("file sizes", () => {
  it("reads as B, KB or MB in the page's language", () => {
    expect(formatFileSize(512)).toBe("512 B");
    expect(formatFileSize(860_000)).toBe("840 KB");
    expect(formatFileSize(2_516_582)).toBe("2.4 MB");
    expect(formatFileSize(2_516_582, "de")).toBe("2,4 MB");
  });
});
