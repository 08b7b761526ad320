// What the text rules say when they refuse a value (lib/text/single-line.ts, multi-line.ts). English,
// and German for the customer forms that pass a locale (the public forms word their field errors in the
// page's language themselves).
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
  /** The refusals in German; they do not name the field (German would have to decline its name). */
  de: {
    tooLong: (max: number) => `Verwenden Sie höchstens ${max} Zeichen.`,
    unsafe: {
      line_break: "Schreiben Sie den Text in eine Zeile.",
      control: "Der Text enthält ein Steuerzeichen (etwa einen Tabulator); entfernen Sie es.",
      bidi: "Der Text enthält ein verborgenes Zeichen, das die Schreibrichtung ändert; entfernen Sie es.",
      invisible:
        "Der Text enthält ein unsichtbares Zeichen (etwa ein Leerzeichen ohne Breite); entfernen Sie es.",
      not_text: "Der Text enthält ein Zeichen, das kein gültiger Text ist; entfernen Sie es.",
    } satisfies Record<UnsafeCharacter, string>,
  },
  /** Multi-line text: the line breaks of a text field (CR, LF) are fine, others are not. */
  otherLineBreak: (label: string) =>
    `${capitalized(label)} contains an unusual line break (such as U+2028); use ordinary line breaks.`,
} as const;
