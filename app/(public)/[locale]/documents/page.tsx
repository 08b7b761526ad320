import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Badge, buttonClassName, ButtonLink, EmptyState, PageHeader } from "@/app/_ui";
import { formatCalendarDate } from "@/lib/i18n/format";
import { isLocale, localizedPath, type Locale } from "@/lib/i18n/locale";
import { formatFileSize } from "@/lib/trust/library/file-size";
import { listPublicLibrary, type PublicLibraryEntry } from "@/lib/trust/library/public-library";
import { DOCUMENTS } from "./messages";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return isLocale(locale)
    ? { title: DOCUMENTS[locale].library.title, description: DOCUMENTS[locale].library.intro }
    : {};
}

export default async function DocumentsPage({ params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const words = DOCUMENTS[locale].library;
  const documents = await listPublicLibrary(locale);
  const open = documents.filter((d) => !d.gated);
  const gated = documents.filter((d) => d.gated);
  return (
    <div className="space-y-10">
      <PageHeader title={words.title} description={words.intro} />
      <section aria-labelledby="public-documents" className="space-y-4">
        <h2 id="public-documents" className="text-xl font-semibold">
          {words.publicHeading}
        </h2>
        {open.length === 0 ? (
          <EmptyState headingLevel={3} title={words.noPublic} description={words.gatedIntro} />
        ) : (
          <ul className="grid gap-4 md:grid-cols-2">
            {open.map((d) => (
              <DocumentCard key={d.id} document={d} locale={locale} />
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="gated-documents" className="space-y-4">
        <h2 id="gated-documents" className="text-xl font-semibold">
          {words.gatedHeading}
        </h2>
        <p className="max-w-prose text-sm text-gray-700">{words.gatedIntro}</p>
        {gated.length === 0 ? (
          <p className="text-sm text-gray-700">{words.noGated}</p>
        ) : (
          <>
            <ul className="grid gap-4 md:grid-cols-2">
              {gated.map((d) => (
                <DocumentCard key={d.id} document={d} locale={locale} />
              ))}
            </ul>
            {gated.length > 1 && (
              <ButtonLink
                href={localizedPath(locale, "/documents/request")}
                prefetch={false}
                variant="secondary"
              >
                {words.requestSeveral}
              </ButtonLink>
            )}
          </>
        )}
      </section>
    </div>
  );
}

function DocumentCard({ document, locale }: { document: PublicLibraryEntry; locale: Locale }) {
  const words = DOCUMENTS[locale].library;
  const titleId = `document-${document.slug}`;
  return (
    <li
      id={document.slug}
      className="flex scroll-mt-24 flex-col rounded-lg border border-gray-200 bg-white p-5 shadow-sm"
    >
      <article aria-labelledby={titleId} className="flex flex-1 flex-col gap-3">
        <div className="flex flex-wrap items-start justify-between gap-2">
          <h3 id={titleId} className="text-base font-semibold text-gray-900">
            {document.title}
          </h3>
          <span className="flex gap-1">
            {document.gated ? (
              <Badge tone="warning">{words.underNda}</Badge>
            ) : (
              <Badge tone="success">{words.publicBadge}</Badge>
            )}
            {document.untranslated && <Badge lang="en">{words.untranslated}</Badge>}
          </span>
        </div>
        {document.description && (
          <p className="text-sm text-gray-700" lang={document.untranslated ? "en" : undefined}>
            {document.description}
          </p>
        )}
        <dl className="grid grid-cols-[max-content_1fr] gap-x-3 text-xs text-gray-600">
          <dt>{words.updated}</dt>
          <dd>{formatCalendarDate(locale, document.updatedAt)}</dd>
          {!document.gated && (
            <>
              <dt>{words.size}</dt>
              <dd>{formatFileSize(document.sizeBytes, locale)}</dd>
              <dt>{words.checksum}</dt>
              <dd className="break-all font-mono">{document.sha256}</dd>
            </>
          )}
        </dl>
        <div className="mt-auto pt-2">
          {document.gated ? (
            <Link
              href={localizedPath(locale, `/documents/request/${document.slug}`)}
              prefetch={false}
              className={buttonClassName({ variant: "primary", size: "sm" })}
            >
              {words.requestAccess}
              <span className="sr-only">: {document.title}</span>
            </Link>
          ) : (
            <a
              href={localizedPath(locale, `/documents/${document.slug}/download`)}
              download
              className={buttonClassName({ variant: "primary", size: "sm" })}
            >
              {words.download}
              <span className="sr-only">: {document.title}</span>
            </a>
          )}
        </div>
      </article>
    </li>
  );
}
