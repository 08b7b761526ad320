import type { Metadata } from "next";
import { buttonClassName, Card } from "@/app/_ui";
import { localizedPath, type Locale } from "@/lib/i18n/locale";
import { BUILT_IN_SLUGS } from "@/lib/trust/policies/kinds";
import type { PublishedDocument } from "@/lib/trust/policies/public-documents";
import { documentPaths } from "@/lib/trust/policies/public-paths";
import { CurrentDocument } from "../[policy]/_views/current-document";
import { documentMetadata } from "../[policy]/_views/document-metadata";
import { localeOr404 } from "../[policy]/_views/route-params";
import { DOCUMENT_WORDS } from "../[policy]/messages";

const SLUG = BUILT_IN_SLUGS.DPA;

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return documentMetadata(SLUG, localeOr404((await params).locale));
}

/** The current DPA with its PDF download (this version, and a permanent link to the latest). */
export default async function DpaPage({ params }: Props) {
  const locale = localeOr404((await params).locale);
  return (
    <CurrentDocument
      locale={locale}
      slug={SLUG}
      extra={(document) => <DpaDownload locale={locale} document={document} />}
    />
  );
}

function DpaDownload({ locale, document }: { locale: Locale; document: PublishedDocument }) {
  const words = DOCUMENT_WORDS[locale].dpa;
  const version = document.current.version;
  return (
    <Card title={words.downloadTitle}>
      <div className="flex flex-wrap items-center gap-x-6 gap-y-3">
        {/* Plain links: the PDF is a file download, not a page to navigate to. */}
        <a
          href={localizedPath(locale, documentPaths.pdf(SLUG, version))}
          download
          className={buttonClassName()}
        >
          {words.download(version)}
        </a>
        <p className="text-sm text-gray-700">
          <a
            href={localizedPath(locale, documentPaths.pdf(SLUG, "latest"))}
            download
            className="font-medium text-brand-700 underline underline-offset-2"
          >
            {words.latest}
          </a>
          <br />
          {words.latestExplained}
        </p>
      </div>
    </Card>
  );
}
