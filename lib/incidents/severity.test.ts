import { describe, expect, it } from "vitest";
import { isAppError } from "../errors.ts";
import { bandOf, computeSeverity, severityInputProblem, type SeverityInput } from "./severity.ts";

const input = (fields: Partial<SeverityInput>): SeverityInput => ({
  dpc: 1,
  ei: 0.25,
  cbConfidentiality: 0,
  cbIntegrity: 0,
  cbAvailability: 0,
  cbMalicious: false,
  ...fields,
});

describe("ENISA severity SE = DPC x EI + CB (B7)", () => {
  it("B7 vector (2,1,0) -> 2.0 medium", () => {
    expect(computeSeverity(input({ dpc: 2, ei: 1 }))).toMatchObject({ score: 2, band: "MEDIUM" });
  });

  it("B7 vector (3,1,0.25) -> 3.25 high", () => {
    expect(computeSeverity(input({ dpc: 3, ei: 1, cbConfidentiality: 0.25 }))).toMatchObject({
      score: 3.25,
      band: "HIGH",
    });
  });

  it("B7 vector (4,1,1) -> 5.0 very high (confidentiality 0.5 + malicious intent 0.5)", () => {
    expect(
      computeSeverity(input({ dpc: 4, ei: 1, cbConfidentiality: 0.5, cbMalicious: true })),
    ).toMatchObject({ score: 5, band: "VERY_HIGH" });
  });

  it("B7 sums all circumstances: 1 x 0.25 + (0.5 + 0.5 + 0.5 + malicious 0.5) = 2.25", () => {
    expect(
      computeSeverity(
        input({
          dpc: 1,
          ei: 0.25,
          cbConfidentiality: 0.5,
          cbIntegrity: 0.5,
          cbAvailability: 0.5,
          cbMalicious: true,
        }),
      ).score,
    ).toBe(2.25);
  });

  it("B7 band edges: low < 2 <= medium < 3 <= high < 4 <= very high", () => {
    expect(bandOf(1.99)).toBe("LOW");
    expect(bandOf(2)).toBe("MEDIUM");
    expect(bandOf(2.99)).toBe("MEDIUM");
    expect(bandOf(3)).toBe("HIGH");
    expect(bandOf(3.99)).toBe("HIGH");
    expect(bandOf(4)).toBe("VERY_HIGH");
    expect(computeSeverity(input({ dpc: 1, ei: 0.25 }))).toMatchObject({
      score: 0.25,
      band: "LOW",
      riskToDataSubjects: false,
    });
  });

  it("B7 accepts a fractional adjusted DPC within 1-4 and never drifts across a band by float error", () => {
    expect(computeSeverity(input({ dpc: 2.5, ei: 0.75, cbAvailability: 0.25 }))).toMatchObject({
      score: 2.13,
      band: "MEDIUM",
    });
    // 0.1-style float noise: 3.6 * 0.75 + 0.25 + 0.25 = 3.2 exactly after rounding
    expect(
      computeSeverity(input({ dpc: 3.6, ei: 0.75, cbConfidentiality: 0.25, cbIntegrity: 0.25 })).score,
    ).toBe(3.2);
    expect(computeSeverity(input({ dpc: 4, ei: 0.5 }))).toMatchObject({ score: 2, band: "MEDIUM" });
  });

  it("B7 special-category data is at least medium (risk), without changing the score", () => {
    const result = computeSeverity(input({ dpc: 1, ei: 0.5, specialCategory: true }));
    expect(result).toMatchObject({
      score: 0.5,
      scoreBand: "LOW",
      band: "MEDIUM",
      raisedForSpecialCategory: true,
      riskToDataSubjects: true,
    });
    expect(computeSeverity(input({ dpc: 4, ei: 1, specialCategory: true }))).toMatchObject({
      band: "VERY_HIGH",
      raisedForSpecialCategory: false,
    });
  });

  it.each([
    [{ dpc: 0.99 }, "dpc"],
    [{ dpc: 4.01 }, "dpc"],
    [{ dpc: Number.NaN }, "dpc"],
    [{ ei: 0.3 }, "ei"],
    [{ ei: 0 }, "ei"],
    [{ cbConfidentiality: 0.75 }, "cbConfidentiality"],
    [{ cbIntegrity: -0.25 }, "cbIntegrity"],
    [{ cbAvailability: 1 }, "cbAvailability"],
  ])("B7 refuses input outside the method: %o", (fields, field) => {
    expect(severityInputProblem(input(fields))).toMatchObject({ field });
    let thrown: unknown;
    try {
      computeSeverity(input(fields));
    } catch (error) {
      thrown = error;
    }
    expect(isAppError(thrown, "invalid")).toBe(true);
  });

  it("B7 accepts every value the method allows", () => {
    expect(severityInputProblem(input({ dpc: 4, ei: 0.75, cbIntegrity: 0.5 }))).toBeNull();
  });
});
