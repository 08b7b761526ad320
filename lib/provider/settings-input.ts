// The provider settings form (S13: a strict object, every string bounded). Used by the staff page at
// /admin/settings; the numbers arrive as form text.
import { z } from "zod";
import { contrastAgainstWhite, MIN_BRAND_CONTRAST } from "./brand-contrast.ts";

const required = (label: string, max: number) =>
  z.string().trim().min(1, `Enter the ${label}.`).max(max, `At most ${max} characters.`);
const optional = (max: number) => z.string().trim().max(max, `At most ${max} characters.`).default("");
const email = (label: string) =>
  z
    .string()
    .trim()
    .max(254, "At most 254 characters.")
    .pipe(z.email({ error: `Enter the ${label} as an email address, e.g. security@example.com.` }))
    .transform((v) => v.toLowerCase());
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

export const providerSettingsInput = z.strictObject({
  legalName: required("legal name", 200),
  displayName: required("display name", 100),
  address: required("postal address", 500),
  dpoName: required("name of the Data Protection Officer", 200),
  dpoEmail: email("DPO's email"),
  securityEmail: email("security contact"),
  defaultBreachNotificationHours: wholeNumber("breach-notification window", 1, 72),
  defaultDsrDueDays: wholeNumber("data-subject-request due days", 1, 30),
  dataLocation: required("data location in English", 200),
  dataLocationDe: optional(200),
  tagline: optional(300),
  taglineDe: optional(300),
  brandColor: z
    .string()
    .trim()
    .regex(/^#[0-9a-fA-F]{6}$/, "Enter the brand colour as #rrggbb, e.g. #1d4ed8.")
    .transform((v) => v.toLowerCase())
    .refine((v) => contrastAgainstWhite(v) >= MIN_BRAND_CONTRAST, {
      error: `This colour is too light to read on white; choose a darker one (contrast at least ${MIN_BRAND_CONTRAST}:1).`,
    }),
  securityPolicyUrl: z
    .string()
    .trim()
    .max(500, "At most 500 characters.")
    .refine((v) => v === "" || isHttpsUrl(v), {
      error: "Enter an https:// address, or leave it empty to use the security page.",
    })
    .default(""),
  refuseFreeMailDomains: z
    .enum(["on"])
    .optional()
    .transform((v) => v === "on"),
});

export type ProviderSettingsInput = z.infer<typeof providerSettingsInput>;

function isHttpsUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === "https:" && url.hostname !== "" && !url.username && !url.password;
  } catch {
    return false;
  }
}
