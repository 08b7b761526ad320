// The public access-request form (S13, S20): a strict object, a length cap on every string, the
// requested documents as a comma-separated list of slugs, and the NDA accepted by typing the same
// full name as in the name field. The honeypot ("website") is checked by the handler.
import { z } from "zod";
import { LOCALES } from "../../i18n/locale.ts";
import { multiLineText } from "../../text/multi-line.ts";
import { singleLineText } from "../../text/single-line.ts";
import { typedNameMatches } from "./typed-name.ts";

export const MAX_DOCUMENTS_PER_REQUEST = 20;
export const MAX_REASON_LENGTH = 1000;

export const accessRequestInput = z
  .strictObject({
    locale: z.enum(LOCALES),
    documents: z
      .string()
      .max(2000)
      .transform((value) => [
        ...new Set(
          value
            .split(",")
            .map((slug) => slug.trim())
            .filter(Boolean),
        ),
      ])
      .pipe(
        z
          .array(z.string().regex(/^[a-z0-9-]{1,80}$/, "Unknown document."))
          .min(1, "Choose at least one document.")
          .max(MAX_DOCUMENTS_PER_REQUEST, `Choose at most ${MAX_DOCUMENTS_PER_REQUEST} documents.`),
      ),
    // Names reach email subjects, emails to the provider and staff screens: single-line plain text (S25).
    name: singleLineText({ max: 200, min: 2, label: "your name", required: "Enter your full name." }),
    email: z.string().trim().toLowerCase().max(254).pipe(z.email("Enter your work email address.")),
    company: singleLineText({ max: 200, min: 2, label: "the company", required: "Enter your company." }),
    reason: multiLineText({
      max: MAX_REASON_LENGTH,
      label: "the reason",
      required: "Tell us why you need the documents.",
      tooLong: `At most ${MAX_REASON_LENGTH} characters.`,
    }),
    ndaTemplateId: z.string().min(1).max(64),
    typedName: singleLineText({ max: 200, label: "the typed name" }),
    /** Honeypot: hidden from people; bots fill it in. */
    website: z.string().max(500).default(""),
  })
  .superRefine((input, context) => {
    if (!typedNameMatches(input.name, input.typedName)) {
      context.addIssue({
        code: "custom",
        path: ["typedName"],
        message: "Type your full name exactly as in the name field to accept the NDA.",
      });
    }
  });

export type AccessRequestInput = z.infer<typeof accessRequestInput>;
