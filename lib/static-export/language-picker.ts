// The mirror's answer at an unprefixed page path (`/`, `/toms`): a static host cannot negotiate the
// language as the live site does (proxy.ts), so a tiny script picks the visitor's browser language among
// ours and goes there; without scripts a meta refresh goes to the default language, and the body links
// every language.
import { DEFAULT_LOCALE, LOCALE_NAMES, LOCALES, localizedPath } from "../i18n/locale.ts";

function escapeHtml(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** The page for unprefixed `rest` ("/" or "/toms"), sending visitors to `/<locale><rest>`. */
export function languagePickerHtml(rest: string): string {
  const targets = Object.fromEntries(LOCALES.map((locale) => [locale, localizedPath(locale, rest)]));
  const fallback = escapeHtml(targets[DEFAULT_LOCALE]!);
  const links = LOCALES.map(
    (locale) =>
      `<li><a href="${escapeHtml(targets[locale]!)}" hreflang="${locale}" lang="${locale}">${LOCALE_NAMES[locale]}</a></li>`,
  ).join("");
  // JSON in a script: "<" escaped so no value can close the element.
  const choices = JSON.stringify(targets).replace(/</g, "\\u003c");
  return `<!DOCTYPE html>
<html lang="${DEFAULT_LOCALE}"><head><meta charset="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>${LOCALE_NAMES[DEFAULT_LOCALE]} · ${LOCALES.filter((l) => l !== DEFAULT_LOCALE)
    .map((l) => LOCALE_NAMES[l])
    .join(" · ")}</title>
<script>(function(){var t=${choices};var l=navigator.languages||[navigator.language||""];for(var i=0;i<l.length;i++){var c=String(l[i]).slice(0,2).toLowerCase();if(t[c]){location.replace(t[c]+location.hash);return}}location.replace(t[${JSON.stringify(DEFAULT_LOCALE)}]+location.hash)})();</script>
<noscript><meta http-equiv="refresh" content="0; url=${fallback}"/></noscript>
</head><body><ul>${links}</ul></body></html>
`;
}
