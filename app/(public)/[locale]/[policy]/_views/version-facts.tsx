import { formatCalendarDate, isoDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locale";
import { shortHash } from "@/lib/trust/policies/content-hash";
import type { PublishedVersionSummary } from "@/lib/trust/policies/public-documents";
import { DOCUMENT_WORDS } from "../messages";

/** "Version 3 · effective 1 January 2026 · SHA-256 3f2a9c01b7de…", the full hash one click away. */
export function VersionFacts({ locale, version }: { locale: Locale; version: PublishedVersionSummary }) {
  const words = DOCUMENT_WORDS[locale];
  return (
    <div className="mt-2 flex flex-wrap items-baseline gap-x-2 gap-y-1 text-sm text-gray-700">
      <span className="font-medium text-gray-900">{words.version(version.version)}</span>
      <span aria-hidden="true">·</span>
      <time dateTime={isoDate(version.effectiveDate)}>
        {words.effective(formatCalendarDate(locale, version.effectiveDate))}
      </time>
      <span aria-hidden="true">·</span>
      <details className="min-w-0">
        <summary className="cursor-pointer" title={version.contentHash}>
          SHA-256 <code className="font-mono">{shortHash(version.contentHash)}</code>…
        </summary>
        <p className="mt-1 text-xs text-gray-600">
          {words.fullHash}: <code className="break-all font-mono text-gray-900">{version.contentHash}</code>
          <br />
          {words.hashExplained}
        </p>
      </details>
    </div>
  );
}
