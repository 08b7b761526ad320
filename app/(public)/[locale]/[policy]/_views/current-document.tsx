import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { Markdown } from "@/app/_ui";
import { localizedPath, type Locale } from "@/lib/i18n/locale";
import { getPublishedDocument, type PublishedDocument } from "@/lib/trust/policies/public-documents";
import { documentPaths } from "@/lib/trust/policies/public-paths";
import { DOCUMENT_WORDS } from "../messages";
import { DocumentHeader } from "./document-header";
import { LanguageNotice } from "./language-notice";
import { TextLink } from "./text-link";

/** The current version of a document (every kind; the DPA adds its download block through `extra`). */
export async function CurrentDocument({
  locale,
  slug,
  extra,
}: {
  locale: Locale;
  slug: string;
  extra?: (document: PublishedDocument) => ReactNode;
}) {
  const document = await getPublishedDocument(slug, locale);
  if (!document) notFound();
  const { current, choice } = document;
  const words = DOCUMENT_WORDS[locale];
  return (
    <article>
      <DocumentHeader
        locale={locale}
        textLocale={choice.shown}
        title={current.title}
        version={current}
        links={
          <TextLink href={localizedPath(locale, documentPaths.history(slug))}>{words.historyLink}</TextLink>
        }
      />
      <div className="space-y-6">
        <LanguageNotice locale={locale} choice={choice} englishPath={documentPaths.current(slug)} />
        {extra?.(document)}
        <div lang={choice.shown === locale ? undefined : choice.shown}>
          <Markdown source={current.body} />
        </div>
      </div>
    </article>
  );
}
