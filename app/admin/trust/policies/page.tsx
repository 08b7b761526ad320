import type { Metadata } from "next";
import Link from "next/link";
import { Card, DataTable, PageHeader } from "@/app/_ui";
import { loadPage } from "@/lib/http/page";
import { formatCalendarDate } from "@/lib/i18n/format";
import { LOCALES } from "@/lib/i18n/locale";
import { listDocumentsForStaff, type StaffDocumentLanguage } from "@/lib/trust/policies/staff-views";
import { CreateDocumentForm } from "./create-document-form";
import { DraftBadge } from "./draft-badge";
import { LANGUAGE_NAMES } from "./language-names";
import { POLICY_CONSOLE_MESSAGES } from "./messages";
import { StaticMirrorCard } from "./static-mirror-card";
import { TranslationLagBadge } from "./translation-lag";

export const metadata: Metadata = { title: "Policy documents" };

export default async function TrustDocumentsPage() {
  const documents = await loadPage((ctx) => listDocumentsForStaff(ctx));
  return (
    <div className="space-y-6">
      <PageHeader
        title="Policy documents"
        description="The pages of the public trust center, in English and German. Edit a draft, then publish it as a new version: published versions never change and carry the SHA-256 of their text."
      />
      <DataTable
        caption="Policy documents and their languages"
        rows={documents}
        rowKey={(document) => document.slug}
        headingLevel={2}
        empty={{
          title: "No documents yet",
          description: "Create a custom page below, or open a built-in document to write it.",
        }}
        columns={[
          {
            header: "Document",
            rowHeader: true,
            cell: (document) => (
              <>
                <span className="font-medium">{document.languages[0]!.title}</span>
                <span className="block text-xs font-normal text-gray-600">
                  {POLICY_CONSOLE_MESSAGES.kinds[document.kind]}
                </span>
              </>
            ),
          },
          {
            header: "Public address",
            className: "font-mono text-sm",
            cell: (document) => `/${document.slug}`,
          },
          ...LOCALES.map((locale) => ({
            header: LANGUAGE_NAMES[locale],
            cell: (document: (typeof documents)[number]) => {
              const language = document.languages.find((l) => l.locale === locale);
              return language && <LanguageCell slug={document.slug} language={language} />;
            },
          })),
        ]}
      />
      <Card title="Create a custom page">
        <CreateDocumentForm />
      </Card>
      <StaticMirrorCard />
    </div>
  );
}

function LanguageCell({ slug, language }: { slug: string; language: StaffDocumentLanguage }) {
  return (
    <div className="space-y-1">
      <p className="text-sm">
        {language.latestVersion === null ? (
          "Not published"
        ) : (
          <>
            Version {language.latestVersion}, effective {formatCalendarDate("en", language.effectiveDate!)}
          </>
        )}
      </p>
      <p className="flex flex-wrap gap-1">
        <DraftBadge state={language.draft} />
        <TranslationLagBadge since={language.outdatedSince} />
      </p>
      <p>
        <Link
          href={`/admin/trust/policies/${slug}/${language.locale}`}
          className="text-sm font-medium text-brand-700 underline underline-offset-2"
        >
          Edit {LANGUAGE_NAMES[language.locale]}
          <span className="sr-only"> version of /{slug}</span>
        </Link>
      </p>
    </div>
  );
}
