// Field rules shared by the staff forms of the subprocessor list. Values end up on public pages, in
// JSON and in CSV files that people open in spreadsheets, so no field may start like a formula.
import { z } from "zod";

const FORMULA_START = /^[=+\-@\t\r]/;
const FORMULA_MESSAGE = "May not start with =, +, -, @ or a tab (spreadsheets would read it as a formula).";
const BULLET = /^[-*•]\s+/;

/** One line of text, trimmed; "" when absent. */
export function textField(max: number) {
  return z
    .string()
    .trim()
    .max(max, `Use at most ${max} characters.`)
    .refine((value) => !FORMULA_START.test(value), FORMULA_MESSAGE)
    .default("");
}

/** Free text (a note): trimmed, may start with anything but a formula character. */
export const noteField = textField(2000);

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
          .refine((value) => !FORMULA_START.test(value), FORMULA_MESSAGE),
      )
      .max(20, "List at most 20 categories."),
  );

export const websiteField = z
  .string()
  .trim()
  .max(300, "Use at most 300 characters.")
  .default("")
  .refine(
    (value) => value === "" || isHttpsUrl(value),
    "Enter the full https:// address, or leave it empty.",
  );

function isHttpsUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (
      url.protocol === "https:" && url.hostname.includes(".") && url.username === "" && url.password === ""
    );
  } catch {
    return false;
  }
}

export const recordId = z.string().trim().min(1).max(64);
