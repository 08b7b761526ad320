import type { ReactNode } from "react";
import type { Locale } from "@/lib/i18n/locale";
import type { PublishedVersionSummary } from "@/lib/trust/policies/public-documents";
import { VersionFacts } from "./version-facts";

/**
 * The page heading: an optional label in the page's language ("Version history: ") and the document's
 * title, marked with its own language when the text is shown in another one; the version facts and
 * links below it.
 */
export function DocumentHeader({
  locale,
  textLocale,
  label,
  title,
  version,
  links,
}: {
  locale: Locale;
  textLocale: Locale;
  label?: string;
  title: string;
  version?: PublishedVersionSummary;
  links?: ReactNode;
}) {
  const titleLang = textLocale === locale ? undefined : textLocale;
  return (
    <header className="mb-6 border-b border-gray-200 pb-6">
      {label ? (
        <h1 className="text-3xl font-semibold tracking-tight text-gray-900">
          {label}: <span lang={titleLang}>{title}</span>
        </h1>
      ) : (
        <h1 lang={titleLang} className="text-3xl font-semibold tracking-tight text-gray-900">
          {title}
        </h1>
      )}
      {version && <VersionFacts locale={locale} version={version} />}
      {links && <div className="mt-3 flex flex-wrap gap-x-5 gap-y-2 text-sm">{links}</div>}
    </header>
  );
}
