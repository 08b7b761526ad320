// Generators of hostile text for property tests (SECURITY.md S25): any Unicode, with the characters the
// text rules are about (line breaks incl. U+2028 and U+0085, controls, bidi overrides incl. U+202E,
// invisible characters, lone surrogates) mixed in far more often than chance would.
import fc from "fast-check";

/** Every character the rule is about, so the generators meet them far more often than by chance. */
export const DANGEROUS = [
  "\n",
  "\r",
  "\t",
  "\v",
  "\f",
  "\u0000",
  "\u001b",
  "\u007f",
  "\u0085",
  "\u009b",
  "\u2028",
  "\u2029",
  "\u061c",
  "\u200e",
  "\u200f",
  "\u202a",
  "\u202b",
  "\u202c",
  "\u202d",
  "\u202e",
  "\u2066",
  "\u2067",
  "\u2068",
  "\u2069",
  "\u200b",
  "\u2060",
  "\ufeff",
  "\u00ad",
  "\u3164",
  "\u{e0041}",
  "\ud800",
  "\udfff",
];

/** Any Unicode text, with dangerous characters and ordinary words mixed in. */
export const hostileText = fc
  .array(
    fc.oneof(
      fc.constantFrom(...DANGEROUS),
      fc.string({ unit: "binary", maxLength: 8 }),
      fc.constantFrom("Greta", " ", "URGENT: verify at https://evil.example", "Zoë", "محمد", "👩‍💻", '"'),
    ),
    { maxLength: 24 },
  )
  .map((parts) => parts.join(""));
