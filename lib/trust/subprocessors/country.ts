// Countries of the subprocessor list: stored as ISO 3166-1 alpha-2 codes, shown by name in the
// visitor's language (Intl knows the names, no table of our own).
import type { Locale } from "../../i18n/locale.ts";

const ALPHA_2 = /^[A-Z]{2}$/;
/** Codes Intl names but that are not countries (unknown region, EU, UN, eurozone). */
const NOT_A_COUNTRY = new Set(["ZZ", "EU", "UN", "EZ", "QO"]);

function displayNames(locale: Locale): Intl.DisplayNames {
  return new Intl.DisplayNames([locale], { type: "region", fallback: "code" });
}

/** Whether `code` is an assigned ISO 3166-1 alpha-2 country code (Intl has a name for it). */
export function isCountryCode(code: string): boolean {
  if (!ALPHA_2.test(code) || NOT_A_COUNTRY.has(code)) return false;
  return displayNames("en").of(code) !== code;
}

/** "DE" -> "Germany" / "Deutschland"; an unknown code is shown as it is. */
export function countryName(code: string, locale: Locale): string {
  return ALPHA_2.test(code) ? (displayNames(locale).of(code) ?? code) : code;
}
