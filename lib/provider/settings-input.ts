// The provider settings form (S13: a strict object, every string bounded). Used by the staff page at
// /admin/settings; the numbers arrive as form text. Names, places and the tagline are single-line plain
// text, the postal address plain text of several lines (S25): they reach emails, PDFs and public pages.
import { z } from "zod";
import { isPlainHttpsUrl } from "../text/https-url.ts";
import { isIanaTimeZone } from "../time/time-zones.ts";
import { multiLineText } from "../text/multi-line.ts";
import { singleLineText } from "../text/single-line.ts";
import { contrastAgainstWhite, MIN_BRAND_CONTRAST } from "./brand-contrast.ts";

const required = (label: string, max: number) =>
  singleLineText({
    max,
    label: `the ${label}`,
    required: `Enter the ${label}.`,
    tooLong: `At most ${max} characters.`,
  });
const optional = (label: string, max: number) =>
  singleLineText({ max, label: `the ${label}`, tooLong: `At most ${max} characters.` }).default("");
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
  address: multiLineText({
    max: 500,
    label: "the postal address",
    required: "Enter the postal address.",
    tooLong: "At most 500 characters.",
  }),
  dpoName: required("name of the Data Protection Officer", 200),
  dpoEmail: email("DPO's email"),
  securityEmail: email("security contact"),
  defaultBreachNotificationHours: wholeNumber("breach-notification window", 1, 72),
  defaultDsrDueDays: wholeNumber("data-subject-request due days", 1, 30),
  defaultTimeZone: z
    .string()
    .trim()
    .max(64, "Choose a time zone from the list.")
    .refine(isIanaTimeZone, "Choose a time zone from the list."),
  dataLocation: required("data location in English", 200),
  dataLocationDe: optional("German data location", 200),
  tagline: optional("tagline", 300),
  taglineDe: optional("German tagline", 300),
  brandColor: z
    .string()
    .trim()
    .regex(/^#[0-9a-fA-F]{6}$/, "Enter the brand colour as #rrggbb, e.g. #1d4ed8.")
    .transform((v) => v.toLowerCase())
    .refine((v) => contrastAgainstWhite(v) >= MIN_BRAND_CONTRAST, {
      error: `This colour is too light to read on white; choose a darker one (contrast at least ${MIN_BRAND_CONTRAST}:1).`,
    }),
  // Checked as typed, before any URL parsing (which drops line breaks and tabs): the value is written
  // into security.txt as a field (S25). URI characters only (an address with umlauts in its host is
  // entered in its xn-- form, as security.txt needs it).
  securityPolicyUrl: z
    .string()
    .trim()
    .max(500, "At most 500 characters.")
    .refine((v) => v === "" || isPlainHttpsUrl(v), {
      error: "Enter an https:// address, or leave it empty to use the security page.",
    })
    .default(""),
  refuseFreeMailDomains: z
    .enum(["on"])
    .optional()
    .transform((v) => v === "on"),
});

export type ProviderSettingsInput = z.infer<typeof providerSettingsInput>;
