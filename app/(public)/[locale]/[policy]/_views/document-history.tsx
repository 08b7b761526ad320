import { notFound } from "next/navigation";
import { Table, TBody, Td, Th, THead, Tr } from "@/app/_ui";
import { formatCalendarDate, formatInstant, isoDate } from "@/lib/i18n/format";
import { localizedPath, type Locale } from "@/lib/i18n/locale";
import { providerTimeZone } from "@/lib/provider/default-time-zone";
import { getDocumentHistory } from "@/lib/trust/policies/public-documents";
import { documentPaths } from "@/lib/trust/policies/public-paths";
import { DOCUMENT_WORDS } from "../messages";
import { ComparePicker } from "./compare-picker";
import { DocumentHeader } from "./document-header";
import { LanguageNotice } from "./language-notice";
import { TextLink } from "./text-link";

/** Every published version: number, dates, change note and full hash, with view and compare links. */
export async function DocumentHistory({ locale, slug }: { locale: Locale; slug: string }) {
  const [history, timeZone] = await Promise.all([getDocumentHistory(slug, locale), providerTimeZone()]);
  if (!history || history.versions.length === 0) notFound();
  const words = DOCUMENT_WORDS[locale];
  const { versions, choice } = history;
  const textLang = choice.shown === locale ? undefined : choice.shown;
  const href = (path: string) => localizedPath(locale, path);
  return (
    <article>
      <DocumentHeader
        locale={locale}
        textLocale={choice.shown}
        label={words.historyLabel}
        title={versions[0]!.title}
        links={<TextLink href={href(documentPaths.current(slug))}>{words.currentVersionLink}</TextLink>}
      />
      <div className="space-y-6">
        <p className="max-w-prose text-gray-700">{words.historyIntro}</p>
        <LanguageNotice locale={locale} choice={choice} englishPath={documentPaths.history(slug)} />
        <Table caption={words.historyCaption}>
          <THead>
            <Tr>
              <Th>{words.columns.version}</Th>
              <Th>{words.columns.effective}</Th>
              <Th>{words.columns.published}</Th>
              <Th>{words.columns.changes}</Th>
              <Th>{words.columns.hash}</Th>
              <Th>
                <span className="sr-only">{words.columns.actions}</span>
              </Th>
            </Tr>
          </THead>
          <TBody>
            {versions.map((version, index) => {
              const previous = versions[index + 1];
              return (
                <Tr key={version.version}>
                  <Td className="whitespace-nowrap font-medium">{words.version(version.version)}</Td>
                  <Td className="whitespace-nowrap">
                    <time dateTime={isoDate(version.effectiveDate)}>
                      {formatCalendarDate(locale, version.effectiveDate)}
                    </time>
                  </Td>
                  <Td className="whitespace-nowrap">
                    <time dateTime={version.publishedAt.toISOString()}>
                      {formatInstant(locale, version.publishedAt, timeZone)}
                    </time>
                  </Td>
                  <Td lang={textLang} className="min-w-64">
                    {version.changelog}
                  </Td>
                  <Td>
                    <code className="block w-[33ch] break-all font-mono text-xs text-gray-700">
                      {version.contentHash}
                    </code>
                  </Td>
                  <Td>
                    <ul className="space-y-1 text-sm">
                      <li>
                        <TextLink href={href(documentPaths.version(slug, version.version))}>
                          {words.view(version.version)}
                        </TextLink>
                      </li>
                      {previous && (
                        <li>
                          <TextLink href={href(documentPaths.diff(slug, previous.version, version.version))}>
                            {words.compareWithPrevious(version.version)}
                          </TextLink>
                        </li>
                      )}
                    </ul>
                  </Td>
                </Tr>
              );
            })}
          </TBody>
        </Table>
        {versions.length >= 2 && (
          <ComparePicker
            diffBase={href(`/${slug}/diff`)}
            versions={versions.map((v) => v.version)}
            words={words.comparePicker}
            versionLabel={Object.fromEntries(
              versions.map((v) => [
                v.version,
                `${words.version(v.version)} · ${formatCalendarDate(locale, v.effectiveDate)}`,
              ]),
            )}
          />
        )}
      </div>
    </article>
  );
}
