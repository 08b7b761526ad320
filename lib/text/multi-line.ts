// Several lines of plain text (SECURITY.md S25): descriptions, reasons and notes keep their line breaks
// (CR and LF, as a text area sends them) but refuse, or at output lose, everything else that
// unsafe-characters.ts lists: other line breaks (U+0085, U+2028, U+2029, which some readers show as a
// new line and others do not), controls, bidirectional and invisible characters.
import { z } from "zod";
import { TEXT_MESSAGES } from "./messages.ts";
import {
  BIDI_CONTROL,
  CONTROL,
  everywhere,
  INVISIBLE,
  LONE_SURROGATE,
  unsafeCharacterIn,
} from "./unsafe-characters.ts";

export type MultiLineOptions = {
  max: number;
  /** The field as refusals name it, with its article: "the description". */
  label: string;
  /** The refusal of an empty value (after trimming); without it, "" is allowed. */
  required?: string;
  /** With `required`: at least this many characters (default 1). */
  min?: number;
  /** The refusal above `max` (default "Use at most {max} characters."). */
  tooLong?: string;
};

const TEXT_AREA_BREAKS = /\r\n?|\n/g;
const OTHER_BREAKS = /[\v\f\u0085\u2028\u2029]/u;

/** Trimmed multi-line plain text, as a zod schema; tabs and CR/LF line breaks are allowed. */
export function multiLineText(options: MultiLineOptions) {
  const trimmed = z.string().trim();
  const present = options.required ? trimmed.min(options.min ?? 1, options.required) : trimmed;
  return present
    .max(options.max, options.tooLong ?? TEXT_MESSAGES.tooLong(options.max))
    .superRefine((value, ctx) => {
      const lines = value.replace(TEXT_AREA_BREAKS, "\n");
      if (OTHER_BREAKS.test(lines)) {
        ctx.addIssue({ code: "custom", message: TEXT_MESSAGES.otherLineBreak(options.label) });
        return;
      }
      const unsafe = unsafeCharacterIn(lines.replace(/[\n\t]/g, " "));
      if (unsafe) ctx.addIssue({ code: "custom", message: TEXT_MESSAGES.unsafe[unsafe](options.label) });
    });
}

const SPACED = [everywhere(CONTROL), everywhere(OTHER_BREAKS)];
const HIDDEN = [everywhere(BIDI_CONTROL), everywhere(INVISIBLE), everywhere(LONE_SURROGATE)];

/**
 * `text` as plain multi-line text: CR LF and CR become LF; tabs stay; other line breaks and controls
 * become spaces; bidirectional and invisible characters are dropped. The outbox passes every email body
 * through it (lib/mail/outbox.ts).
 */
export function toPlainText(text: string): string {
  let plain = text.replace(TEXT_AREA_BREAKS, "\n");
  for (const pattern of SPACED) plain = plain.replace(pattern, (c) => (c === "\t" || c === "\n" ? c : " "));
  for (const pattern of HIDDEN) plain = plain.replace(pattern, "");
  return plain;
}
