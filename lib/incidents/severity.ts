// ENISA severity of a personal-data breach (GDPR.md B7): SE = DPC x EI + CB. Advisory only: nothing
// in the breach workflow waits for or depends on this score (B1).
//
// Reading of "special-category data is at least 'risk'": when the incident's data includes special
// categories (Art. 9/10 data), the breach is never judged to carry no risk to data subjects, so the
// band is raised to at least MEDIUM (the first band in which ENISA sees risk for the individuals) and
// the result says so (`raisedForSpecialCategory`). The numeric score itself is never altered.
// Pure: no I/O, shared by the assessment form (live score) and the server (stored result).
import { AppError } from "../errors.ts";
import { INCIDENT_MESSAGES } from "./messages.ts";

export const EASE_OF_IDENTIFICATION_VALUES = [0.25, 0.5, 0.75, 1] as const;
export const CIRCUMSTANCE_VALUES = [0, 0.25, 0.5] as const;
export const MALICIOUS_INTENT_POINTS = 0.5;

export type SeverityBand = "LOW" | "MEDIUM" | "HIGH" | "VERY_HIGH";

export type SeverityInput = {
  /** Data processing context, 1-4 after adjustment. */
  dpc: number;
  /** Ease of identification. */
  ei: number;
  cbConfidentiality: number;
  cbIntegrity: number;
  cbAvailability: number;
  cbMalicious: boolean;
  /** The incident's data includes special-category data (Art. 9/10). */
  specialCategory?: boolean;
};

export type SeverityResult = {
  score: number;
  band: SeverityBand;
  /** Band taken from the score alone. */
  scoreBand: SeverityBand;
  /** True when special-category data lifted the band to MEDIUM. */
  raisedForSpecialCategory: boolean;
  /** Risk to data subjects is present (band MEDIUM or above). */
  riskToDataSubjects: boolean;
};

/** Why an input is outside the method: the field, and the values it allows (all but DPC). */
export type SeverityInputProblem =
  | { field: "dpc" }
  | {
      field: "ei" | "cbConfidentiality" | "cbIntegrity" | "cbAvailability";
      allowed: readonly number[];
    };

const oneOf = (value: number, allowed: readonly number[]) => allowed.includes(value);

/** The first input outside the method, or null (the form shows it live; the server refuses it). */
export function severityInputProblem(input: SeverityInput): SeverityInputProblem | null {
  if (!Number.isFinite(input.dpc) || input.dpc < 1 || input.dpc > 4) return { field: "dpc" };
  if (!oneOf(input.ei, EASE_OF_IDENTIFICATION_VALUES))
    return { field: "ei", allowed: EASE_OF_IDENTIFICATION_VALUES };
  for (const field of ["cbConfidentiality", "cbIntegrity", "cbAvailability"] as const) {
    if (!oneOf(input[field], CIRCUMSTANCE_VALUES)) return { field, allowed: CIRCUMSTANCE_VALUES };
  }
  return null;
}

/** Bands: low < 2 <= medium < 3 <= high < 4 <= very high. */
export function bandOf(score: number): SeverityBand {
  if (score < 2) return "LOW";
  if (score < 3) return "MEDIUM";
  if (score < 4) return "HIGH";
  return "VERY_HIGH";
}

export function circumstancesOf(input: SeverityInput): number {
  return (
    input.cbConfidentiality +
    input.cbIntegrity +
    input.cbAvailability +
    (input.cbMalicious ? MALICIOUS_INTENT_POINTS : 0)
  );
}

export function computeSeverity(input: SeverityInput): SeverityResult {
  const problem = severityInputProblem(input);
  if (problem) throw new AppError("invalid", INCIDENT_MESSAGES.severityInput(problem));
  // Rounded to hundredths so binary floating point never moves a score across a band boundary.
  const score = Math.round((input.dpc * input.ei + circumstancesOf(input)) * 100) / 100;
  const scoreBand = bandOf(score);
  const raisedForSpecialCategory = Boolean(input.specialCategory) && scoreBand === "LOW";
  const band = raisedForSpecialCategory ? "MEDIUM" : scoreBand;
  return { score, band, scoreBand, raisedForSpecialCategory, riskToDataSubjects: band !== "LOW" };
}
