import Link from "next/link";
import { Alert, Markdown, PageHeader } from "@/app/_ui";
import { localizedPath, type Locale } from "@/lib/i18n/locale";
import { listRequestableDocuments } from "@/lib/trust/library/public-library";
import { getCurrentNda } from "@/lib/trust/nda/current-nda";
import { DOCUMENTS } from "../messages";
import { RequestForm } from "./request-form";

/** The access request page; `preselected` comes from the path variant /documents/request/<slug>. */
export async function RequestPage({ locale, preselected }: { locale: Locale; preselected?: string }) {
  const words = DOCUMENTS[locale].request;
  const [nda, documents] = await Promise.all([getCurrentNda(locale), listRequestableDocuments(locale)]);
  return (
    <div className="max-w-3xl">
      <PageHeader
        title={words.title}
        description={
          <>
            {words.intro}{" "}
            <Link href={localizedPath(locale, "/documents")} prefetch={false} className="underline">
              {words.backToLibrary}
            </Link>
          </>
        }
      />
      {!nda ? (
        <Alert tone="warning">{words.noNda}</Alert>
      ) : documents.length === 0 ? (
        <Alert tone="info">{words.noDocuments}</Alert>
      ) : (
        <RequestForm
          locale={locale}
          documents={documents.map((d) => ({ slug: d.slug, title: d.title, description: d.description }))}
          preselected={preselected && documents.some((d) => d.slug === preselected) ? preselected : undefined}
          nda={{
            id: nda.id,
            version: nda.version,
            title: nda.title,
            fallback: nda.fallback,
            contentHash: nda.contentHash,
          }}
        >
          <Markdown source={nda.body} className="text-sm" />
        </RequestForm>
      )}
    </div>
  );
}
