import { notFound } from "next/navigation";
import { formatCalendarDate } from "@/lib/i18n/format";
import { localizedPath, type Locale } from "@/lib/i18n/locale";
import { buildTextDiff } from "@/lib/trust/policies/diff-model";
import { getDocumentComparison } from "@/lib/trust/policies/public-documents";
import { documentPaths } from "@/lib/trust/policies/public-paths";
import { DOCUMENT_WORDS } from "../messages";
import { DiffLines } from "./diff-lines";
import { DocumentHeader } from "./document-header";
import { LanguageNotice } from "./language-notice";
import { TextLink } from "./text-link";

/** What changed between two published versions of a document. */
export async function DocumentDiff({
  locale,
  slug,
  from,
  to,
}: {
  locale: Locale;
  slug: string;
  from: number;
  to: number;
}) {
  const comparison = await getDocumentComparison(slug, locale, from, to);
  if (!comparison) notFound();
  const words = DOCUMENT_WORDS[locale];
  const { choice } = comparison;
  const diff = buildTextDiff(comparison.from.body, comparison.to.body);
  const href = (path: string) => localizedPath(locale, path);
  const date = (d: Date) => formatCalendarDate(locale, d);
  return (
    <article>
      <DocumentHeader
        locale={locale}
        textLocale={choice.shown}
        label={words.diffLabel}
        title={comparison.to.title}
        links={
          <>
            <TextLink href={href(documentPaths.history(slug))}>{words.backToHistory}</TextLink>
            <TextLink href={href(documentPaths.version(slug, from))}>{words.view(from)}</TextLink>
            <TextLink href={href(documentPaths.version(slug, to))}>{words.view(to)}</TextLink>
          </>
        }
      />
      <div className="space-y-6">
        <LanguageNotice locale={locale} choice={choice} englishPath={documentPaths.diff(slug, from, to)} />
        <section aria-labelledby="diff-heading" className="space-y-3">
          <h2 id="diff-heading" className="text-xl font-semibold text-gray-900">
            {words.diffHeading(
              from,
              date(comparison.from.effectiveDate),
              to,
              date(comparison.to.effectiveDate),
            )}
          </h2>
          <p className="text-gray-700" data-testid="diff-summary">
            {diff.identical ? words.identical : words.diffSummary(diff.addedLines, diff.removedLines)}
          </p>
          {!diff.identical && (
            <DiffLines
              diff={diff}
              words={words}
              textLang={choice.shown === locale ? undefined : choice.shown}
            />
          )}
        </section>
      </div>
    </article>
  );
}
