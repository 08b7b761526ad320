// One line of plain text (SECURITY.md S25): the one rule for every name, company and title that reaches
// an email, a PDF, a CSV file, a header or someone else's screen. Input is refused with a specific
// message when it holds a line break, a control, bidirectional or invisible character
// (unsafe-characters.ts); text that cannot be refused (a Microsoft name claim, a row written before the
// rule) is cleaned with toSingleLine where it is shown.
import { z } from "zod";
import type { Locale } from "../i18n/locale.ts";
import { TEXT_MESSAGES } from "./messages.ts";
import {
  BIDI_CONTROL,
  CONTROL,
  everywhere,
  INVISIBLE,
  LINE_BREAK,
  LONE_SURROGATE,
  unsafeCharacterIn,
} from "./unsafe-characters.ts";

export type SingleLineOptions = {
  max: number;
  /** The field as refusals name it, with its article: "your name", "the company", "the title". */
  label: string;
  /** The refusal of an empty value (after trimming); without it, "" is allowed. */
  required?: string;
  /** With `required`: at least this many characters (default 1). */
  min?: number;
  /** The refusal above `max` (default "Use at most {max} characters."). */
  tooLong?: string;
  /** The language of the default refusals (English unless given). */
  locale?: Locale;
};

/** A trimmed single line of plain text, as a zod schema. */
export function singleLineText(options: SingleLineOptions) {
  const trimmed = z.string().trim();
  const present = options.required ? trimmed.min(options.min ?? 1, options.required) : trimmed;
  const german = options.locale === "de";
  const tooLong = german ? TEXT_MESSAGES.de.tooLong(options.max) : TEXT_MESSAGES.tooLong(options.max);
  return present.max(options.max, options.tooLong ?? tooLong).superRefine((value, ctx) => {
    const unsafe = unsafeCharacterIn(value);
    if (unsafe)
      ctx.addIssue({
        code: "custom",
        message: german ? TEXT_MESSAGES.de.unsafe[unsafe] : TEXT_MESSAGES.unsafe[unsafe](options.label),
      });
  });
}

/** Whether `value` is a single line of plain text (the check singleLineText makes). */
export function isSingleLine(value: string): boolean {
  return unsafeCharacterIn(value) === null;
}

const BREAKS_AND_CONTROLS = [everywhere(LINE_BREAK), everywhere(CONTROL)];
const HIDDEN = [everywhere(BIDI_CONTROL), everywhere(INVISIBLE), everywhere(LONE_SURROGATE)];

/**
 * `value` as one line of plain text: line breaks and controls become spaces, bidirectional and invisible
 * characters are dropped, runs of white space become one space; at most `max` characters (a cut is
 * marked with "…"). For text that cannot be refused at input, and for output of stored text.
 */
export function toSingleLine(value: string, max = 200): string {
  let text = value;
  for (const pattern of BREAKS_AND_CONTROLS) text = text.replace(pattern, " ");
  for (const pattern of HIDDEN) text = text.replace(pattern, "");
  text = text.replace(/\s+/gu, " ").trim();
  const characters = Array.from(text);
  return characters.length <= max
    ? text
    : `${characters
        .slice(0, max - 1)
        .join("")
        .trimEnd()}…`;
}
