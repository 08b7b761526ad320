// The characters that make user-supplied text do more than show itself (SECURITY.md S25): they break a
// line (a forged paragraph in an email, a second header or security.txt field), control a terminal or
// parser, reverse the direction of the text around them (Trojan Source, "gnp.exe" shown as "exe.png"),
// or hide (a name that looks like another one, text smuggled past a reader). One list for every rule:
// single-line names refuse all of them; multi-line text allows its own line breaks; output cleaners
// (toSingleLine, toPlainText) remove them.

/** Line breaks: LF, VT, FF, CR, NEXT LINE (U+0085), LINE SEPARATOR (U+2028), PARAGRAPH SEPARATOR (U+2029). */
export const LINE_BREAK = /[\n\v\f\r\u0085\u2028\u2029]/u;
/** C0 and C1 control characters and DEL that are not line breaks (tab, escape, bell, NUL...). */
export const CONTROL = /[\u0000-\u0009\u000e-\u001f\u007f-\u0084\u0086-\u009f]/u;
/**
 * Bidirectional formatting: ARABIC LETTER MARK, LEFT-TO-RIGHT and RIGHT-TO-LEFT MARK, the embeddings
 * and overrides (U+202A–U+202E) and the isolates (U+2066–U+2069).
 */
export const BIDI_CONTROL = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;
/**
 * Characters that show nothing: soft hyphen, Hangul fillers, Mongolian vowel separator, zero-width space,
 * word joiner and invisible operators, deprecated format characters, the byte-order mark, interlinear
 * annotation marks and tag characters (used to smuggle text). Zero-width (non-)joiners (U+200C, U+200D)
 * and variation selectors stay: Persian and Indic names and emoji need them.
 */
export const INVISIBLE =
  /[\u00ad\u115f\u1160\u180e\u200b\u2060-\u2064\u206a-\u206f\u3164\ufeff\uffa0\ufff9-\ufffb\u{e0000}-\u{e007f}]/u;
/** Half of a surrogate pair on its own: not text in any encoding. */
export const LONE_SURROGATE = /\p{Cs}/u;

export type UnsafeCharacter = "line_break" | "control" | "bidi" | "invisible" | "not_text";

const KINDS: readonly [UnsafeCharacter, RegExp][] = [
  ["line_break", LINE_BREAK],
  ["control", CONTROL],
  ["bidi", BIDI_CONTROL],
  ["invisible", INVISIBLE],
  ["not_text", LONE_SURROGATE],
];

/** The first kind of unsafe character `value` contains (in the order above), or null. */
export function unsafeCharacterIn(
  value: string,
  allowed: readonly UnsafeCharacter[] = [],
): UnsafeCharacter | null {
  for (const [kind, pattern] of KINDS) if (!allowed.includes(kind) && pattern.test(value)) return kind;
  return null;
}

/** The same classes, global, for replacing. */
export const everywhere = (pattern: RegExp) => new RegExp(pattern.source, "gu");
