import { notFound } from "next/navigation";
import { Alert } from "@/app/_ui";
import { localizedPath, type Locale } from "@/lib/i18n/locale";
import { getDocumentVersion } from "@/lib/trust/policies/public-documents";
import { documentPaths } from "@/lib/trust/policies/public-paths";
import { DOCUMENT_WORDS } from "../messages";
import { DocumentBody } from "./document-body";
import { DocumentHeader } from "./document-header";
import { LanguageNotice } from "./language-notice";
import { TextLink } from "./text-link";

/** One exact published version, e.g. what a contract signed last year referred to. */
export async function DocumentVersion({
  locale,
  slug,
  version,
}: {
  locale: Locale;
  slug: string;
  version: number;
}) {
  const found = await getDocumentVersion(slug, locale, version);
  if (!found) notFound();
  const words = DOCUMENT_WORDS[locale];
  const { choice, latestVersion } = found;
  const href = (path: string) => localizedPath(locale, path);
  return (
    <article>
      <DocumentHeader
        locale={locale}
        textLocale={choice.shown}
        title={found.version.title}
        version={found.version}
        links={
          <>
            <TextLink href={href(documentPaths.history(slug))}>{words.historyLink}</TextLink>
            {version > 1 && (
              <TextLink href={href(documentPaths.diff(slug, version - 1, version))}>
                {words.compareWithPrevious(version)}
              </TextLink>
            )}
          </>
        }
      />
      <div className="space-y-6">
        {version < latestVersion && (
          <Alert tone="warning" title={words.olderVersionTitle}>
            {words.olderVersion(version, latestVersion)}{" "}
            <TextLink href={href(documentPaths.current(slug))}>{words.currentVersionLink}</TextLink>
          </Alert>
        )}
        <LanguageNotice locale={locale} choice={choice} englishPath={documentPaths.version(slug, version)} />
        <DocumentBody locale={locale} textLocale={choice.shown} source={found.version.body} />
      </div>
    </article>
  );
}
