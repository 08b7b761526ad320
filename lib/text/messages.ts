// What the text rules say when they refuse a value (lib/text/single-line.ts, multi-line.ts). English:
// the public forms word their field errors in the page's language themselves.
import type { UnsafeCharacter } from "./unsafe-characters.ts";

const capitalized = (label: string) => label.charAt(0).toUpperCase() + label.slice(1);

export const TEXT_MESSAGES = {
  tooLong: (max: number) => `Use at most ${max} characters.`,
  required: (label: string) => `Enter ${label}.`,
  unsafe: {
    line_break: (label: string) => `Write ${label} on one line.`,
    control: (label: string) =>
      `${capitalized(label)} contains a control character (such as a tab); remove it.`,
    bidi: (label: string) =>
      `${capitalized(label)} contains a hidden character that changes the direction of the text; remove it.`,
    invisible: (label: string) =>
      `${capitalized(label)} contains an invisible character (such as a zero-width space); remove it.`,
    not_text: (label: string) =>
      `${capitalized(label)} contains a character that is not valid text; remove it.`,
  } satisfies Record<UnsafeCharacter, (label: string) => string>,
  /** Multi-line text: the line breaks of a text field (CR, LF) are fine, others are not. */
  otherLineBreak: (label: string) =>
    `${capitalized(label)} contains an unusual line break (such as U+2028); use ordinary line breaks.`,
} as const;
