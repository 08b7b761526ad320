import { describe, expect, it } from "vitest";
import { REFERENCE_SHAPE, unusedReference } from "./reference";

describe("access request references", () => {
  it("a refused bot's reference has the stored shape, and differs each time", () => {
    const references = Array.from({ length: 20 }, unusedReference);
    for (const reference of references) expect(reference).toMatch(REFERENCE_SHAPE);
    expect(new Set(references).size).toBe(20);
  });

  it("the stored shape: AR, two groups of five hex digits", () => {
    expect("AR-7F3A9-C21B0").toMatch(REFERENCE_SHAPE);
    for (const other of ["", "AR-7F3A9", "AR-7F3A9-C21B0X", "AR-GGGGG-00000", "ar-7f3a9-c21b0"])
      expect(other).not.toMatch(REFERENCE_SHAPE);
  });
});
