// Links between trust documents are written as root-relative paths ("see the [TOMs](/toms#3-encryption)")
// and rendered in the language of the page they are on ("/de/toms#3-encryption"), so a German reader
// following one stays in German even without a language cookie. Paths that are not pages of the trust
// center (files, APIs, the signed-in areas) and links that already name a language stay as written.
import { isLocale, localizedPath, type Locale } from "../i18n/locale.ts";

/** First path segments outside the public trust center (cf. proxy.ts). */
const NOT_TRUST_CENTER = new Set([
  "api",
  "_next",
  ".well-known",
  "portal",
  "admin",
  "account",
  "sign-in",
  "mfa",
  "continue",
  "magic-link",
  "reset-password",
  "invite",
  "confirm-email",
]);

/** "/toms" -> "/de/toms" on a German page; anything else unchanged. */
export function localizedHref(href: string, locale: Locale): string {
  if (!href.startsWith("/") || href.startsWith("//")) return href;
  const [path = "", suffix = ""] = /^([^?#]*)(.*)$/.exec(href)!.slice(1);
  const segments = path.split("/").filter(Boolean);
  const first = segments[0] ?? "";
  if (isLocale(first) || NOT_TRUST_CENTER.has(first)) return href;
  const last = segments.at(-1) ?? "";
  // Files (/subprocessors.csv, /updates.atom) are not in a language; documents' PDFs are (/dpa/3.pdf).
  if (last.includes(".") && !(segments.length === 2 && last.endsWith(".pdf"))) return href;
  return `${localizedPath(locale, path || "/")}${suffix}`;
}
