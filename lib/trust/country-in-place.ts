// A country named at the end of a place or an address ("Frankfurt am Main, Germany", "Friedrichstraße
// 123, 10117 Berlin, Germany"): recognised by its English or German name (Intl knows them, plus common
// short forms), so a page can drop it where the country is shown anyway, or name it in the reader's
// language (issue 11: no "Germany" on German pages).
import type { Locale } from "../i18n/locale.ts";

const SHORT_FORMS: Record<string, string> = { usa: "US", "u.s.": "US", "u.s.a.": "US", uk: "GB" };
/** Withdrawn codes Intl still names ("DD" is "Germany" too). */
const WITHDRAWN = new Set([
  "BU",
  "CS",
  "DD",
  "DY",
  "FX",
  "HV",
  "NH",
  "RH",
  "SU",
  "TP",
  "UK",
  "VD",
  "YD",
  "YU",
  "ZR",
]);

let namesToCodes: Map<string, string> | undefined;

/** Every ISO 3166-1 alpha-2 code by its English and German name (lower case), built once. */
function codesByName(): Map<string, string> {
  if (namesToCodes) return namesToCodes;
  const map = new Map(Object.entries(SHORT_FORMS));
  const letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  for (const language of ["en", "de"]) {
    const names = new Intl.DisplayNames([language], { type: "region", fallback: "none" });
    for (const first of letters)
      for (const second of letters) {
        const code = first + second;
        const name = WITHDRAWN.has(code) ? undefined : names.of(code);
        if (name && !map.has(name.toLowerCase())) map.set(name.toLowerCase(), code);
      }
  }
  namesToCodes = map;
  return map;
}

/** The code of a country name in English or German ("Germany", "Deutschland", "USA"), or null. */
export function countryCodeOfName(name: string): string | null {
  return codesByName().get(name.trim().toLowerCase()) ?? null;
}

function splitLast(place: string): { head: string; last: string } | null {
  const at = place.lastIndexOf(",");
  return at > 0 ? { head: place.slice(0, at).trimEnd(), last: place.slice(at + 1).trim() } : null;
}

/** "Frankfurt am Main, Germany" with country DE -> "Frankfurt am Main"; anything else unchanged. */
export function placeWithoutCountry(place: string, countryCode: string): string {
  const parts = splitLast(place);
  return parts && countryCodeOfName(parts.last) === countryCode ? parts.head : place;
}

/** "…, 10117 Berlin, Germany" -> "…, 10117 Berlin, Deutschland" in German; unknown endings unchanged. */
export function addressInLanguage(address: string, locale: Locale): string {
  const parts = splitLast(address);
  const code = parts && countryCodeOfName(parts.last);
  if (!parts || !code) return address;
  const name = new Intl.DisplayNames([locale], { type: "region", fallback: "none" }).of(code);
  return name ? `${parts.head}, ${name}` : address;
}
