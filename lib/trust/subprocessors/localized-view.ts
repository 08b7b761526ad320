// A subprocessor as a visitor reads it: German text where staff wrote it, else the English field
// (marked with its language, so screen readers pronounce it right), country and transfer mechanism
// named in the visitor's language.
import type { Locale } from "../../i18n/locale.ts";
import { placeWithoutCountry } from "../country-in-place.ts";
import { countryName } from "./country.ts";
import type { PublicSubprocessor } from "./register.ts";
import { transferMechanismLabel } from "./transfer-mechanisms.ts";

export type InLanguage<T> = { value: T; lang: Locale };

export type LocalizedSubprocessor = {
  id: string;
  name: string;
  website: string;
  purpose: InLanguage<string>;
  dataCategories: InLanguage<string[]>;
  location: string;
  countryName: string;
  transferMechanism: string;
  activeFrom: Date;
  activeUntil: Date | null;
};

export function pickText(locale: Locale, english: string, german: string): InLanguage<string> {
  return locale === "de" && german.trim() !== ""
    ? { value: german, lang: "de" }
    : { value: english, lang: "en" };
}

export function localizeSubprocessor(entry: PublicSubprocessor, locale: Locale): LocalizedSubprocessor {
  const germanCategories = locale === "de" && entry.dataCategoriesDe.length > 0;
  return {
    id: entry.id,
    name: entry.name,
    website: entry.website,
    purpose: pickText(locale, entry.purpose, entry.purposeDe),
    dataCategories: germanCategories
      ? { value: entry.dataCategoriesDe, lang: "de" }
      : { value: entry.dataCategories, lang: "en" },
    // The country is shown on its own: "Frankfurt am Main, Germany" would repeat it.
    location: placeWithoutCountry(entry.location, entry.country),
    countryName: countryName(entry.country, locale),
    transferMechanism: transferMechanismLabel(entry.transferMechanism, locale),
    activeFrom: entry.activeFrom,
    activeUntil: entry.activeUntil,
  };
}
