import { notFound } from "next/navigation";
import { DpaParticularsSection } from "@/app/_components/dpa-particulars";
import { readParticulars } from "@/lib/dpa/particulars";
import { localizedPath, type Locale } from "@/lib/i18n/locale";
import { hasPdf } from "@/lib/trust/policies/document-pdf";
import { getPublishedDocument } from "@/lib/trust/policies/public-documents";
import { documentPaths } from "@/lib/trust/policies/public-paths";
import { DOCUMENT_WORDS } from "../messages";
import { CertificateKeys } from "./certificate-keys";
import { DocumentBody } from "./document-body";
import { DocumentHeader } from "./document-header";
import { LanguageNotice } from "./language-notice";
import { PdfDownload } from "./pdf-download";
import { TextLink } from "./text-link";

/**
 * The current version of a document (every kind; the DPA, the TOMs and the security overview with their PDF;
 * the security overview also with the keys that verify signed certificates).
 */
export async function CurrentDocument({ locale, slug }: { locale: Locale; slug: string }) {
  const document = await getPublishedDocument(slug, locale);
  if (!document) notFound();
  const { current, choice } = document;
  const words = DOCUMENT_WORDS[locale];
  // The DPA's Art. 28(3) particulars (GDPR.md D1/D2), read with the version in the same query.
  const particulars = slug === "dpa" ? readParticulars(current.dpaParticulars) : null;
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
        {hasPdf(slug) && <PdfDownload locale={locale} document={document} />}
        {particulars && (
          <DpaParticularsSection
            locale={locale}
            textLocale={choice.shown}
            particulars={particulars}
            body={current.body}
          />
        )}
        <DocumentBody locale={locale} textLocale={choice.shown} source={current.body} />
        {slug === "security" && <CertificateKeys locale={locale} />}
      </div>
    </article>
  );
}
