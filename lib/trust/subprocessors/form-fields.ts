// Field rules shared by the staff forms of the subprocessor list. Values end up on public pages, in
// JSON and in CSV files that people open in spreadsheets, so no field may start like a formula. Names,
// places and references are single-line plain text, descriptions and notes plain text (S25).
import { z } from "zod";
import { isPlainHttpsUrl } from "../../text/https-url.ts";
import { TEXT_MESSAGES } from "../../text/messages.ts";
import { multiLineText } from "../../text/multi-line.ts";
import { singleLineText } from "../../text/single-line.ts";
import { unsafeCharacterIn } from "../../text/unsafe-characters.ts";

const FORMULA_START = /^[=+\-@\t\r]/;
const FORMULA_MESSAGE = "May not start with =, +, -, @ or a tab (spreadsheets would read it as a formula).";
const BULLET = /^[-*•]\s+/;

/** One line of plain text (a name, a place, a reference), trimmed; "" when absent. */
export function lineField(max: number, label: string) {
  return singleLineText({ max, label, tooLong: `Use at most ${max} characters.` })
    .refine((value) => !FORMULA_START.test(value), FORMULA_MESSAGE)
    .default("");
}

/** Plain text that may have several lines (a purpose), trimmed; "" when absent. */
export function textField(max: number, label: string) {
  return multiLineText({ max, label, tooLong: `Use at most ${max} characters.` })
    .refine((value) => !FORMULA_START.test(value), FORMULA_MESSAGE)
    .default("");
}

/** Free text (a note): trimmed, may start with anything but a formula character. */
export const noteField = textField(2000, "the note");

/** One category per line; blank lines and list bullets ("- ", "* ") are dropped. */
export const categoryLines = z
  .string()
  .max(4000, "Use at most 4000 characters.")
  .default("")
  .transform((text) =>
    text
      .split(/\r?\n/)
      .map((line) => line.trim().replace(BULLET, "").trim())
      .filter((line) => line !== ""),
  )
  .pipe(
    z
      .array(
        z
          .string()
          .max(200, "Keep each category under 200 characters.")
          .refine((value) => !FORMULA_START.test(value), FORMULA_MESSAGE)
          .superRefine((value, ctx) => {
            const unsafe = unsafeCharacterIn(value);
            if (unsafe)
              ctx.addIssue({ code: "custom", message: TEXT_MESSAGES.unsafe[unsafe]("each category") });
          }),
      )
      .max(20, "List at most 20 categories."),
  );

export const websiteField = z
  .string()
  .trim()
  .max(300, "Use at most 300 characters.")
  .default("")
  .refine(
    // Checked as typed, before URL parsing drops line breaks (S25); the host needs a dot.
    (value) => value === "" || (isPlainHttpsUrl(value) && new URL(value).hostname.includes(".")),
    "Enter the full https:// address, or leave it empty.",
  );

export const recordId = z.string().trim().min(1).max(64);
