// What the staff forms for customer organisations send (S13: strict objects, every string bounded):
// creating one, and changing its contract settings. The numbers arrive as form text. The name is one
// line of plain text (S25): it reaches emails, PDFs and the portal's header.
import { z } from "zod";
import { LOCALES } from "../i18n/locale.ts";
import { singleLineText } from "../text/single-line.ts";
import { isIanaTimeZone } from "../time/time-zones.ts";
import { isReservedSlug } from "./reserved-slugs.ts";

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const wholeNumber = (label: string, min: number, max: number) =>
  z
    .string()
    .trim()
    .max(4)
    .regex(/^\d+$/, `Enter the ${label} as a whole number from ${min} to ${max}.`)
    .transform(Number)
    .pipe(
      z
        .number()
        .int()
        .min(min, `The ${label} must be at least ${min}.`)
        .max(max, `The ${label} must be at most ${max}.`),
    );

const contract = {
  breachNotificationHours: wholeNumber("breach-notification window", 1, 72),
  dsrDueDays: wholeNumber("data-subject-request due days", 1, 30),
  defaultTimeZone: z
    .string()
    .trim()
    .max(64)
    .refine(isIanaTimeZone, { error: "Choose a time zone from the list, e.g. Europe/Berlin." }),
  defaultLanguage: z.enum(LOCALES, "Choose a language."),
};

export const organizationSlug = z
  .string()
  .trim()
  .toLowerCase()
  .min(2, "Use at least 2 characters for the slug.")
  .max(40, "Use at most 40 characters for the slug.")
  .regex(SLUG_PATTERN, "Use lowercase letters, digits and single hyphens, e.g. umbrella-logistics.")
  .refine((slug) => !isReservedSlug(slug), { error: "This slug is reserved; choose another." });

export const createOrganizationInput = z.strictObject({
  name: singleLineText({
    max: 120,
    label: "the name",
    required: "Enter the organisation's name.",
    tooLong: "Use at most 120 characters.",
  }),
  slug: organizationSlug,
  ...contract,
});
export type CreateOrganizationInput = z.infer<typeof createOrganizationInput>;

export const organizationId = z.string().trim().min(1).max(64);

export const updateContractInput = z.strictObject({ organizationId, ...contract });
export type UpdateContractInput = z.infer<typeof updateContractInput>;

export const inviteFirstOwnerInput = z.strictObject({
  organizationId,
  email: z.string().trim().toLowerCase().email("Enter an email address, like name@example.com.").max(320),
});
export type InviteFirstOwnerInput = z.infer<typeof inviteFirstOwnerInput>;
