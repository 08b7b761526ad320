// The public form for data subjects (S13, S20, S25): who is asking, the company they are a customer of
// (free text: we never say whether it is ours), what they ask for, a message; a honeypot field. The
// page words field errors in its own language by field name.
import { z } from "zod";
import { LOCALES } from "../../i18n/locale.ts";
import { multiLineText } from "../../text/multi-line.ts";
import { singleLineText } from "../../text/single-line.ts";
import { DSR_TYPES } from "../request-input.ts";

export const directRequestInput = z.strictObject({
  locale: z.enum(LOCALES),
  name: singleLineText({ max: 200, min: 2, label: "your name", required: "Enter your name." }),
  email: z.string().trim().toLowerCase().max(254).pipe(z.email("Enter your email address.")),
  company: singleLineText({ max: 200, min: 2, label: "the company", required: "Enter the company." }),
  type: z.enum(DSR_TYPES, "Choose what you are asking for."),
  message: multiLineText({ max: 4000, label: "your message" }).default(""),
  /** Honeypot: hidden from people; bots fill it in. */
  website: z.string().max(500).default(""),
});
export type DirectRequestInput = z.infer<typeof directRequestInput>;

export const routeDirectInput = z.strictObject({
  id: z.string().trim().min(1).max(64),
  organizationId: z.string().trim().min(1, "Choose the organisation the message concerns.").max(64),
});

export const closeDirectInput = z.strictObject({
  id: z.string().trim().min(1).max(64),
  reason: multiLineText({
    max: 1000,
    label: "the reason",
    required: "Say why it is closed (e.g. it concerns no customer).",
  }),
});
