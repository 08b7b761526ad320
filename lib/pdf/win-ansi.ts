// The PDF uses the 14 standard fonts (no font files to ship, identical output everywhere), which
// cover the Windows-1252 character set: all of English and German, typographic quotes and dashes.
// Anything else is replaced by a readable equivalent, its base letter, or "?". Direction controls are
// dropped: the PDF lays text out left to right, and a stored name may still hold one (S25).
import { BIDI_CONTROL } from "../text/unsafe-characters.ts";

/** Characters above U+00FF that Windows-1252 has (the standard fonts encode them). */
const WIN_ANSI_EXTRAS = new Set("ƒ–—‘’‚“”„†‡•…€‰‹›ˆ™ŒœšŠŸŽž˜");

const REPLACEMENTS: Record<string, string> = {
  "≥": ">=",
  "≤": "<=",
  "≠": "!=",
  "≈": "~",
  "→": "->",
  "←": "<-",
  "↔": "<->",
  "⇒": "=>",
  "✓": "[x]",
  "✔": "[x]",
  "✗": "[ ]",
  "−": "-",
  "‑": "-",
  "‐": "-",
  "\u2009": " ",
  "\u202f": " ",
  "\u200b": "",
  "\u2060": "",
  "\ufeff": "",
  "′": "'",
  "″": '"',
};

function isControl(char: string): boolean {
  const code = char.codePointAt(0)!;
  return code !== 0x0a && (code < 0x20 || (code >= 0x7f && code < 0xa0));
}

function printable(char: string): boolean {
  return !isControl(char) && (char.codePointAt(0)! <= 0xff || WIN_ANSI_EXTRAS.has(char));
}

export function toWinAnsi(text: string): string {
  let out = "";
  for (const char of text) {
    if (char === "\t") out += "    ";
    else if (isControl(char) || BIDI_CONTROL.test(char)) continue;
    else if (printable(char)) out += char;
    else if (char in REPLACEMENTS) out += REPLACEMENTS[char];
    else {
      const base = char.normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
      out += base && [...base].every(printable) ? base : "?";
    }
  }
  return out;
}
