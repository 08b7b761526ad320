"use client";
// Links to this same page in the other languages; `?lang=` records the choice (proxy.ts).
import { usePathname } from "next/navigation";
import { isLocale, LOCALE_NAMES, LOCALES, localizedPath, type Locale } from "@/lib/i18n/locale";

export function LanguageSwitch({ current, label }: { current: Locale; label: string }) {
  const pathname = usePathname() ?? "/";
  const segments = pathname.split("/");
  const rest = isLocale(segments[1]) ? `/${segments.slice(2).join("/")}` : pathname;
  return (
    <nav aria-label={label}>
      <ul className="flex gap-2">
        {LOCALES.map((locale) => (
          <li key={locale}>
            {locale === current ? (
              <span aria-current="true" className="font-semibold">
                {LOCALE_NAMES[locale]}
              </span>
            ) : (
              <a
                href={`${localizedPath(locale, rest === "/" ? "/" : rest.replace(/\/$/, ""))}?lang=${locale}`}
                hrefLang={locale}
                lang={locale}
                className="text-brand-700 hover:underline"
              >
                {LOCALE_NAMES[locale]}
              </a>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
