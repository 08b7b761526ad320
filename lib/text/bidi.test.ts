import { describe, expect, it } from "vitest";
import { withoutBidiControls } from "./bidi";

describe("text without direction controls (S25)", () => {
  it("drops overrides, embeddings, isolates and marks", () => {
    expect(withoutBidiControls("Eve \u202eevol\u202c \u2067x\u2069\u200f\u200e\u061c")).toBe("Eve evol x");
  });

  it("keeps right-to-left letters and joiners", () => {
    expect(withoutBidiControls("מרים כהן · ‌می‌خواهم")).toBe("מרים כהן · ‌می‌خواهم");
  });
});
