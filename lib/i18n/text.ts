// A sentence in each language, as message catalogues (`messages.ts`) hold it. English is always there;
// German where customers or the public read it (the staff console may stay English).
import type { Locale } from "./locale.ts";

export type Text = { readonly en: string; readonly de?: string };

/** The text in `locale`, or its English when no translation exists. */
export function localize(text: Text, locale: Locale = "en"): string {
  return (locale === "de" ? text.de : undefined) ?? text.en;
}
