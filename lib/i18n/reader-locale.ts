// Which language a person reads (issue 11 item 7). Pages for a signed-in person speak the language they
// chose on their account page; until they choose one, the one they chose on the public site (its
// cookie), else their browser's Accept-Language, else English. Emails cannot see a browser: they speak
// the recipient's own choice, else their organisation's default language, else English; an email to an
// address without an account (a breach contact, an invitee) speaks the organisation's default.
import { DEFAULT_LOCALE, isLocale, preferredLocale, type Locale } from "./locale.ts";

export type ReaderPreferences = {
  /** The person's own choice (User.language); null or undefined: not chosen, or nobody signed in. */
  chosen: Locale | null | undefined;
  /** The public site's language cookie. */
  cookie: string | null | undefined;
  acceptLanguage: string | null | undefined;
};

/** The language of a page for its reader. */
export function readerLocale({ chosen, cookie, acceptLanguage }: ReaderPreferences): Locale {
  return chosen ?? preferredLocale(cookie, acceptLanguage);
}

/** The language of an email: the recipient's choice, else the organisation's default, else English. */
export function emailLocale(
  chosen: Locale | null | undefined,
  organizationDefault: string | null | undefined,
): Locale {
  if (chosen) return chosen;
  return isLocale(organizationDefault) ? organizationDefault : DEFAULT_LOCALE;
}
