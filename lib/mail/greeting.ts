// The first line of an email to a person, in their language. Their name may come from elsewhere (a
// Microsoft claim, an account made before names were checked): quoted on this line (SECURITY.md S25).
import type { Locale } from "../i18n/locale.ts";
import { isBlank, quoted, quotedOr } from "../text/quote.ts";

/** 'Hello "Greta",' / 'Hallo „Greta“,'; without a name 'Hello there,' / 'Guten Tag,'. */
export function greeting(locale: Locale, name: string | null | undefined): string {
  if (locale === "de") return isBlank(name) ? "Guten Tag," : `Hallo ${quoted(name!, { locale, max: 120 })},`;
  return `Hello ${quotedOr(name, "there", { max: 120 })},`;
}
