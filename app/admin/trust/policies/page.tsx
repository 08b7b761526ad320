import type { Metadata } from "next";
import Link from "next/link";
import { Card, EmptyState, PageHeader, Table, TBody, Td, Th, THead, Tr } from "@/app/_ui";
import { guardPage } from "@/app/_components/guard";
import { formatCalendarDate } from "@/lib/i18n/format";
import { KIND_LABELS } from "@/lib/trust/policies/kinds";
import { listDocumentsForStaff, type StaffDocumentLanguage } from "@/lib/trust/policies/staff-views";
import { CreateDocumentForm } from "./create-document-form";
import { DraftBadge } from "./draft-badge";
import { LANGUAGE_NAMES } from "./language-names";

export const metadata: Metadata = { title: "Policy documents" };

export default async function TrustDocumentsPage() {
  const documents = await guardPage(() => listDocumentsForStaff());
  return (
    <div className="space-y-6">
      <PageHeader
        title="Policy documents"
        description="The pages of the public trust center, in English and German. Edit a draft, then publish it as a new version: published versions never change and carry the SHA-256 of their text."
      />
      {documents.length === 0 ? (
        <EmptyState
          title="No documents yet"
          description="Create a custom page below, or open a built-in document to write it."
        />
      ) : (
        <Table caption="Policy documents and their languages">
          <THead>
            <Tr>
              <Th>Document</Th>
              <Th>Public address</Th>
              <Th>English</Th>
              <Th>German</Th>
            </Tr>
          </THead>
          <TBody>
            {documents.map((document) => (
              <Tr key={document.slug}>
                <Td>
                  <span className="font-medium">{document.languages[0]!.title}</span>
                  <span className="block text-xs text-gray-600">{KIND_LABELS[document.kind]}</span>
                </Td>
                <Td className="font-mono text-sm">/{document.slug}</Td>
                {document.languages.map((language) => (
                  <Td key={language.locale}>
                    <LanguageCell slug={document.slug} language={language} />
                  </Td>
                ))}
              </Tr>
            ))}
          </TBody>
        </Table>
      )}
      <Card title="Create a custom page">
        <CreateDocumentForm />
      </Card>
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
      <DraftBadge state={language.draft} />
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
