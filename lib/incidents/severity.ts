// ENISA severity of a personal-data breach (GDPR.md B7): SE = DPC x EI + CB. Advisory only: nothing
// in the breach workflow waits for or depends on this score (B1).
//
// Reading of "special-category data is at least 'risk'": when the incident's data includes special
// categories (Art. 9/10 data), the breach is never judged to carry no risk to data subjects, so the
// band is raised to at least MEDIUM (the first band in which ENISA sees risk for the individuals) and
// the result says so (`raisedForSpecialCategory`). The numeric score itself is never altered.
// Pure: no I/O, shared by the assessment form (live score) and the server (stored result).

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

export class SeverityInputError extends Error {}

/** Words for the UI: what each input means and how to pick it. */
export const SEVERITY_EXPLANATIONS = {
  dpc: "Data processing context (1–4): how sensitive the data is in its context. Simple data (names, contact details) 1, behavioural data (location, traffic, habits) 2, financial data 3, sensitive data (health, political, sexual life, criminal) 4. Adjust within 1–4 for context, e.g. +1 when simple data reveals more in this context, −1 when sensitive data is already public.",
  ei: "Ease of identification: how easily the people behind the data can be identified. Negligible 0.25, limited 0.5, significant 0.75, maximum 1 (e.g. names with the data).",
  cbConfidentiality:
    "Loss of confidentiality: 0 none, 0.25 data exposed to a known, limited set of recipients, 0.5 data exposed to an unknown or large number of recipients.",
  cbIntegrity:
    "Loss of integrity: 0 none, 0.25 data altered but recoverable, 0.5 data altered and used or not recoverable.",
  cbAvailability: "Loss of availability: 0 none, 0.25 temporary loss, 0.5 permanent loss (no backup).",
  cbMalicious:
    "Malicious intent: adds 0.5 when the breach was caused deliberately to harm (e.g. theft, attack).",
} as const;

export const BAND_LABELS: Record<SeverityBand, string> = {
  LOW: "Low",
  MEDIUM: "Medium",
  HIGH: "High",
  VERY_HIGH: "Very high",
};

export const BAND_MEANINGS: Record<SeverityBand, string> = {
  LOW: "Individuals are unlikely to be affected, or only with minor, easily overcome inconvenience.",
  MEDIUM: "Individuals may face significant inconvenience they can overcome despite a few difficulties.",
  HIGH: "Individuals may face significant consequences they should overcome, though with serious difficulties.",
  VERY_HIGH: "Individuals may face significant, or even irreversible, consequences they may not overcome.",
};

function oneOf(value: number, allowed: readonly number[], name: string): void {
  if (!allowed.includes(value)) throw new SeverityInputError(`${name} must be one of ${allowed.join(", ")}.`);
}

export function validateSeverityInput(input: SeverityInput): void {
  if (!Number.isFinite(input.dpc) || input.dpc < 1 || input.dpc > 4) {
    throw new SeverityInputError("Data processing context must be between 1 and 4.");
  }
  oneOf(input.ei, EASE_OF_IDENTIFICATION_VALUES, "Ease of identification");
  oneOf(input.cbConfidentiality, CIRCUMSTANCE_VALUES, "Loss of confidentiality");
  oneOf(input.cbIntegrity, CIRCUMSTANCE_VALUES, "Loss of integrity");
  oneOf(input.cbAvailability, CIRCUMSTANCE_VALUES, "Loss of availability");
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
  validateSeverityInput(input);
  // Rounded to hundredths so binary floating point never moves a score across a band boundary.
  const score = Math.round((input.dpc * input.ei + circumstancesOf(input)) * 100) / 100;
  const scoreBand = bandOf(score);
  const raisedForSpecialCategory = Boolean(input.specialCategory) && scoreBand === "LOW";
  const band = raisedForSpecialCategory ? "MEDIUM" : scoreBand;
  return { score, band, scoreBand, raisedForSpecialCategory, riskToDataSubjects: band !== "LOW" };
}
