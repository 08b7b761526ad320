// The sentences lib/trust/policies writes itself: why a staff change was refused, why an address cannot
// be a custom page, and the entry a publish adds to the public updates feed (in both languages).
// Pure and isomorphic, like kinds.ts: the staff forms use the slug reasons too.
import type { Locale } from "../../i18n/locale.ts";
import type { Text } from "../../i18n/text.ts";

const LANGUAGE_NAMES: Record<Locale, Record<Locale, string>> = {
  en: { en: "English", de: "German" },
  de: { en: "Englisch", de: "Deutsch" },
};

/** "in der englischen Fassung" */
const GERMAN_ADJECTIVES: Record<Locale, string> = { en: "englischen", de: "deutschen" };

export const POLICY_MESSAGES = {
  alreadyPublished: (version: number): Text => ({
    en: `This text is already published as version ${version}.`,
  }),
  publishedMeanwhile: {
    en: "Someone else published this document at the same moment. Reload the page to see their version, then publish again if needed.",
  },
  addressTaken: (slug: string): Text => ({ en: `A document with the address "/${slug}" already exists.` }),
  /** Why an address cannot be a custom page (customSlugProblem). */
  slugProblem: {
    length: "The address must be 2 to 60 characters long.",
    shape:
      "Use lower-case letters a-z, digits and single hyphens between them (for example business-continuity).",
    reserved: (slug: string) =>
      `"${slug}" is used by another page of the trust center; choose another address.`,
  },
  /** The updates-feed entry of a publish: the document's title in each language, the version's language. */
  published: (titles: Record<Locale, string>, version: number, locale: Locale) => ({
    en: `${titles.en}: version ${version} published (${LANGUAGE_NAMES.en[locale]})`,
    de: `${titles.de}: Version ${version} veröffentlicht (${LANGUAGE_NAMES.de[locale]})`,
  }),
  /** The entry's summary for readers of another language than the version's (its change note is in the version's). */
  onlyIn: (locale: Locale) => ({
    en: `This change is in the ${LANGUAGE_NAMES.en[locale]} version only so far.`,
    de: `Diese Änderung liegt bisher nur in der ${GERMAN_ADJECTIVES[locale]} Fassung vor.`,
  }),
};
