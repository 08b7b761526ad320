// What staff may send when they add, edit, move or delete a roadmap item (S13: strict objects, every
// string bounded). Dates are calendar days (YYYY-MM-DD) stored as UTC midnight.
import { z } from "zod";
import { singleLineText } from "../../text/single-line.ts";
import { optionalCalendarDayInput } from "../../time/date-input.ts";
import { COMPLIANCE_STATUSES } from "./statuses.ts";

const recordId = z.string().trim().min(1, "Missing item.").max(64);

/** "" -> null; otherwise a real calendar day between 2000 and 2100. */
const calendarDay = optionalCalendarDayInput();

const itemFields = {
  // Its name reaches the public updates and the feed: one line of plain text (S25).
  standard: singleLineText({
    max: 120,
    label: "the standard",
    required: "Name the standard, e.g. ISO/IEC 27001:2022.",
    tooLong: "At most 120 characters.",
  }),
  /** The name German pages show; "" = the same as `standard` (most names are the same in both languages). */
  standardDe: singleLineText({
    max: 120,
    label: "the German name",
    tooLong: "At most 120 characters.",
  }).default(""),
  status: z.enum(COMPLIANCE_STATUSES, { error: "Choose a status." }),
  targetDate: calendarDay,
  description: z.string().trim().max(2000, "At most 2,000 characters.").default(""),
  descriptionDe: z.string().trim().max(2000, "At most 2,000 characters.").default(""),
  /** "" = no certificate. */
  certificateDocumentId: z
    .string()
    .trim()
    .max(64)
    .default("")
    .transform((v) => v || null),
};

export const newComplianceItemInput = z.strictObject(itemFields);
export type NewComplianceItemInput = z.infer<typeof newComplianceItemInput>;

export const complianceItemUpdateInput = z.strictObject({ id: recordId, ...itemFields });
export type ComplianceItemUpdateInput = z.infer<typeof complianceItemUpdateInput>;

export const complianceItemMoveInput = z.strictObject({ id: recordId, direction: z.enum(["up", "down"]) });
export type ComplianceItemMoveInput = z.infer<typeof complianceItemMoveInput>;

export const complianceItemDeleteInput = z.strictObject({ id: recordId });
export type ComplianceItemDeleteInput = z.infer<typeof complianceItemDeleteInput>;
