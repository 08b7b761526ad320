// What staff may send when they add, edit, move or delete a roadmap item (S13: strict objects, every
// string bounded). Dates are calendar days (YYYY-MM-DD) stored as UTC midnight.
import { z } from "zod";
import { parseIsoDate } from "../../time/calendar-date.ts";
import { COMPLIANCE_STATUSES } from "./statuses.ts";

const recordId = z.string().trim().min(1, "Missing item.").max(64);

/** "" -> null; otherwise a real calendar day between 2000 and 2100. */
const calendarDay = z
  .string()
  .trim()
  .max(10)
  .default("")
  .transform((value, ctx) => {
    if (value === "") return null;
    const date = parseIsoDate(value);
    if (!date) {
      ctx.addIssue({ code: "custom", message: "Enter a date as YYYY-MM-DD, e.g. 2027-06-30." });
      return z.NEVER;
    }
    if (date.getUTCFullYear() < 2000 || date.getUTCFullYear() > 2100) {
      ctx.addIssue({ code: "custom", message: "Enter a year between 2000 and 2100." });
      return z.NEVER;
    }
    return date;
  });

const itemFields = {
  standard: z
    .string()
    .trim()
    .min(1, "Name the standard, e.g. ISO/IEC 27001:2022.")
    .max(120, "At most 120 characters."),
  /** The name German pages show; "" = the same as `standard` (most names are the same in both languages). */
  standardDe: z.string().trim().max(120, "At most 120 characters.").default(""),
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
