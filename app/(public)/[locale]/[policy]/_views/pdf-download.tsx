import { buttonClassName, Card } from "@/app/_ui";
import { localizedPath, type Locale } from "@/lib/i18n/locale";
import type { PublishedDocument } from "@/lib/trust/policies/public-documents";
import { documentPaths } from "@/lib/trust/policies/public-paths";
import { DOCUMENT_WORDS } from "../messages";

/** The PDF of the version shown, and a permanent link to the latest one (DPA, TOMs, security overview). */
export function PdfDownload({ locale, document }: { locale: Locale; document: PublishedDocument }) {
  const words = DOCUMENT_WORDS[locale].pdf;
  const version = document.current.version;
  return (
    <Card title={words.downloadTitle}>
      <div className="flex flex-wrap items-center gap-x-6 gap-y-3">
        {/* Plain links: the PDF is a file download, not a page to navigate to. */}
        <a
          href={localizedPath(locale, documentPaths.pdf(document.slug, version))}
          download
          className={buttonClassName()}
        >
          {words.download(version)}
        </a>
        <p className="text-sm text-gray-700">
          <a
            href={localizedPath(locale, documentPaths.pdf(document.slug, "latest"))}
            download
            className="font-medium text-[var(--brand)] underline underline-offset-2"
          >
            {words.latest}
          </a>
          <br />
          {words.latestExplained[document.slug]}
        </p>
      </div>
    </Card>
  );
}
