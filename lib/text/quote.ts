// Text someone else wrote, quoted where the provider's own words surround it (SECURITY.md S25): in
// emails (and PDFs) a customer's or visitor's name stays inside quotation marks on the line that
// introduces it, so it can neither start a line nor add one that reads like the provider speaking;
// several lines (a visitor's reason) become a block whose every line starts with "> ".
import type { Locale } from "../i18n/locale.ts";
import { toPlainText } from "./multi-line.ts";
import { toSingleLine } from "./single-line.ts";
import { everywhere, LINE_BREAK } from "./unsafe-characters.ts";

const QUOTATION_MARKS: Record<Locale, readonly [string, string]> = { en: ['"', '"'], de: ["„", "“"] };
/** Double quotation marks of any script: inside a quote they would close it early. */
const DOUBLE_QUOTES = /["\u00ab\u00bb\u201c-\u201f\u2033\u2036\u275d\u275e\u301d-\u301f\uff02]/gu;

export type QuoteOptions = { locale?: Locale; max?: number };

/** `value` on one line, inside the locale's quotation marks; quotation marks within it become "'". */
export function quoted(value: string, options: QuoteOptions = {}): string {
  const [open, close] = QUOTATION_MARKS[options.locale ?? "en"];
  return `${open}${toSingleLine(value, options.max).replace(DOUBLE_QUOTES, "'")}${close}`;
}

/** `value` quoted, or `fallback` (e.g. "there" in a greeting) when nothing printable is left of it. */
export function quotedOr(
  value: string | null | undefined,
  fallback: string,
  options: QuoteOptions = {},
): string {
  return isBlank(value) ? fallback : quoted(value!, options);
}

/** Whether nothing printable is left of `value` on one line (say "there" instead of quoting nothing). */
export function isBlank(value: string | null | undefined): boolean {
  return !value || toSingleLine(value) === "";
}

const ANY_LINE_BREAK = /\r\n|\r|\n/gu;

/**
 * `text` as a quote block: plain text, each line prefixed with "> ", at most `max` characters. Every
 * kind of line break (U+2028 too) starts a new quoted line: inside the block it is harmless.
 */
export function quotedBlock(text: string, max = 5000): string {
  const lines = text.replace(ANY_LINE_BREAK, "\n").replace(everywhere(LINE_BREAK), "\n");
  const characters = Array.from(toPlainText(lines).trim());
  const kept = characters.length <= max ? characters.join("") : `${characters.slice(0, max - 1).join("")}…`;
  return kept
    .split("\n")
    .map((line) => line.trimEnd())
    .map((line) => (line === "" ? ">" : `> ${line}`))
    .join("\n");
}
