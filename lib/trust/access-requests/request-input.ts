// The public access-request form (S13, S20): a strict object, a length cap on every string, the
// requested documents as a comma-separated list of slugs, and the NDA accepted by typing the same
// full name as in the name field. The honeypot ("website") is checked by the handler.
import { z } from "zod";
import { LOCALES } from "../../i18n/locale.ts";
import { typedNameMatches } from "./typed-name.ts";

export const MAX_DOCUMENTS_PER_REQUEST = 20;
/** Names end up in email subjects and headers of the audit view: one line, no control characters. */
const SINGLE_LINE = /^[^\u0000-\u001f\u007f]*$/;
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
    name: z
      .string()
      .trim()
      .min(2, "Enter your full name.")
      .max(200)
      .regex(SINGLE_LINE, "Enter your name on one line."),
    email: z.string().trim().toLowerCase().max(254).pipe(z.email("Enter your work email address.")),
    company: z
      .string()
      .trim()
      .min(2, "Enter your company.")
      .max(200)
      .regex(SINGLE_LINE, "Enter the company on one line."),
    reason: z
      .string()
      .trim()
      .min(1, "Tell us why you need the documents.")
      .max(MAX_REASON_LENGTH, `At most ${MAX_REASON_LENGTH} characters.`),
    ndaTemplateId: z.string().min(1).max(64),
    typedName: z.string().max(200),
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
