// What staff may send to the breach register (S13: strict objects, every string bounded). Times
// arrive as a datetime-local value plus the IANA zone they were entered in; lists as comma-separated
// ids (a form posts one value per field).
import { z } from "zod";
import { multiLineText } from "../../text/multi-line.ts";
import { singleLineText } from "../../text/single-line.ts";
import { CIRCUMSTANCE_VALUES, EASE_OF_IDENTIFICATION_VALUES } from "../severity.ts";
import { isTimeZone } from "../deadline.ts";
import { DATA_CATEGORY_KEYS } from "./data-categories.ts";
import { dateTimeInput } from "../../time/date-input.ts";
import { wallTimeToUtc } from "./wall-time.ts";

export const INCIDENT_STATUSES = ["INVESTIGATING", "CONTAINED", "RESOLVED", "CLOSED"] as const;
export const NEGATIVE_DETERMINATIONS = ["NOT_PERSONAL_DATA_BREACH", "NOT_NOTIFIABLE"] as const;
export const MAX_REASON_LENGTH = 5000;

const recordId = z.string().trim().min(1, "Missing incident.").max(64);

const idList = (max: number) =>
  z
    .string()
    .max(max * 70)
    .default("")
    .transform((value) => [
      ...new Set(
        value
          .split(",")
          .map((id) => id.trim())
          .filter(Boolean),
      ),
    ])
    .pipe(
      z.array(z.string().regex(/^[a-z0-9]{1,64}$/i, "Unknown entry.")).max(max, `Choose at most ${max}.`),
    );

const wallTime = dateTimeInput();

const incidentFields = {
  // The title reaches breach notices and reminders: one line of plain text (S25).
  title: singleLineText({
    max: 200,
    min: 3,
    label: "the title",
    required: "Give the incident a short title (at least 3 characters).",
    tooLong: "At most 200 characters.",
  }),
  description: multiLineText({
    max: 10_000,
    label: "the description",
    required: "Describe what happened.",
    tooLong: "At most 10,000 characters.",
  }),
  detectedAt: wallTime,
  awareAt: wallTime,
  timeZone: z.string().trim().max(64).refine(isTimeZone, "Unknown time zone."),
  dataCategories: idList(DATA_CATEGORY_KEYS.length).pipe(
    z.array(z.enum(DATA_CATEGORY_KEYS as [string, ...string[]], { error: "Unknown data category." })),
  ),
  systemIds: idList(200),
  organizationIds: idList(10_000),
};

type IncidentFields = z.infer<z.ZodObject<typeof incidentFields>>;

/** The two times as UTC instants; awareness cannot precede detection. */
function withInstants<T extends IncidentFields>(fields: T, ctx: z.RefinementCtx) {
  const detectedAt = wallTimeToUtc(fields.detectedAt, fields.timeZone);
  const awareAt = wallTimeToUtc(fields.awareAt, fields.timeZone);
  if (!detectedAt)
    ctx.addIssue({ code: "custom", path: ["detectedAt"], message: "Enter a real date and time." });
  if (!awareAt) ctx.addIssue({ code: "custom", path: ["awareAt"], message: "Enter a real date and time." });
  if (!detectedAt || !awareAt) return z.NEVER;
  if (awareAt < detectedAt) {
    ctx.addIssue({ code: "custom", path: ["awareAt"], message: "Awareness cannot be before detection." });
    return z.NEVER;
  }
  return { ...fields, detectedAt, awareAt };
}

export const newIncidentInput = z
  .strictObject({
    ...incidentFields,
    status: z.enum(INCIDENT_STATUSES, { error: "Choose a status." }).default("INVESTIGATING"),
  })
  .transform(withInstants);
export type NewIncidentInput = z.output<typeof newIncidentInput>;

export const incidentUpdateInput = z
  .strictObject({ id: recordId, ...incidentFields })
  .transform(withInstants);
export type IncidentUpdateInput = z.output<typeof incidentUpdateInput>;

export const incidentStatusInput = z.strictObject({
  id: recordId,
  status: z.enum(INCIDENT_STATUSES, { error: "Choose a status." }),
});
export type IncidentStatusInput = z.infer<typeof incidentStatusInput>;

/** B5: an incident judged not a personal-data breach, or not notifiable, keeps the reasoning. */
export const determinationInput = z.strictObject({
  id: recordId,
  determination: z.enum(NEGATIVE_DETERMINATIONS, { error: "Choose a determination." }),
  reason: z
    .string()
    .trim()
    .min(
      20,
      "Record the reasoning (at least 20 characters): why is this not a personal-data breach, or why is it unlikely to result in a risk?",
    )
    .max(MAX_REASON_LENGTH, "At most 5,000 characters."),
});
export type DeterminationInput = z.infer<typeof determinationInput>;

const checkbox = z
  .enum(["on", "true", "false", ""])
  .default("")
  .transform((v) => v === "on" || v === "true");

export const declareInput = z.strictObject({
  id: recordId,
  reason: z.string().trim().max(MAX_REASON_LENGTH, "At most 5,000 characters.").default(""),
  includeSystemOrganizations: checkbox,
});
export type DeclareInput = z.infer<typeof declareInput>;

const numberIn = (allowed: readonly number[], message: string) =>
  z.coerce.number({ error: message }).refine((v) => allowed.includes(v), message);

export const assessmentInput = z.strictObject({
  id: recordId,
  dpc: z.coerce.number({ error: "Enter a number from 1 to 4." }).min(1, "At least 1.").max(4, "At most 4."),
  ei: numberIn(EASE_OF_IDENTIFICATION_VALUES, "Choose 0.25, 0.5, 0.75 or 1."),
  cbConfidentiality: numberIn(CIRCUMSTANCE_VALUES, "Choose 0, 0.25 or 0.5."),
  cbIntegrity: numberIn(CIRCUMSTANCE_VALUES, "Choose 0, 0.25 or 0.5."),
  cbAvailability: numberIn(CIRCUMSTANCE_VALUES, "Choose 0, 0.25 or 0.5."),
  cbMalicious: checkbox,
  notes: z.string().trim().max(2000, "At most 2,000 characters.").default(""),
});
export type AssessmentInput = z.infer<typeof assessmentInput>;

export const ART34_EXEMPTIONS = ["A_PROTECTED", "B_RISK_MITIGATED", "C_DISPROPORTIONATE"] as const;

/**
 * B6 (Art. 34): for a breach likely to result in a high risk, either the plain-language text for the
 * data subjects or an Art. 34(3) exemption with its justification.
 */
export const art34Input = z
  .strictObject({
    id: recordId,
    highRisk: checkbox,
    dataSubjectText: z.string().trim().max(10_000, "At most 10,000 characters.").default(""),
    exemption: z.union([z.enum(ART34_EXEMPTIONS), z.literal("")]).default(""),
    justification: z.string().trim().max(MAX_REASON_LENGTH, "At most 5,000 characters.").default(""),
  })
  .superRefine((value, ctx) => {
    if (!value.highRisk) return;
    if (value.exemption === "" && value.dataSubjectText.length < 40) {
      ctx.addIssue({
        code: "custom",
        path: ["dataSubjectText"],
        message:
          "A high-risk breach needs the text for data subjects (at least 40 characters), or an Art. 34(3) exemption.",
      });
    }
    if (value.exemption !== "" && value.justification.length < 20) {
      ctx.addIssue({
        code: "custom",
        path: ["justification"],
        message: "Justify the exemption (at least 20 characters).",
      });
    }
  });
export type Art34Input = z.infer<typeof art34Input>;
