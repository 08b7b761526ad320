import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/app/_ui";
import { dpaDraftParticulars } from "@/lib/dpa/draft-particulars";
import { DPA_MESSAGES } from "@/lib/dpa/messages";
import { loadPage } from "@/lib/http/page";
import { isoDate } from "@/lib/i18n/format";
import { DEFAULT_LOCALE, isLocale, LOCALES, localizedPath } from "@/lib/i18n/locale";
import { isDocumentSlugShape } from "@/lib/trust/policies/kinds";
import { documentPaths } from "@/lib/trust/policies/public-paths";
import { getDocumentEditor } from "@/lib/trust/policies/staff-views";
import { DraftBadge } from "../../draft-badge";
import { DocumentEditor } from "./document-editor";
import { DpaParticularsForm } from "./dpa-particulars-form";
import { PublishedVersions } from "./published-versions";
import { LANGUAGE_NAMES } from "../../language-names";
import { POLICY_CONSOLE_MESSAGES } from "../../messages";
import { TranslationLagBadge, TranslationLagNotice } from "../../translation-lag";

type Props = { params: Promise<{ slug: string; locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, locale } = await params;
  return { title: `Edit /${slug} (${isLocale(locale) ? LANGUAGE_NAMES[locale] : locale})` };
}

export default async function DocumentEditorPage({ params }: Props) {
  const { slug, locale } = await params;
  if (!isLocale(locale) || !isDocumentSlugShape(slug)) notFound();
  const editor = await loadPage((ctx) => getDocumentEditor(ctx, slug, locale));
  const particulars = slug === "dpa" ? await loadPage((ctx) => dpaDraftParticulars(ctx, locale)) : null;
  const publicPath = localizedPath(locale, documentPaths.current(slug));
  const language = editor.languages.find((l) => l.locale === locale);
  const english = editor.languages.find((l) => l.locale === DEFAULT_LOCALE);
  return (
    <div className="space-y-6">
      <PageHeader
        title={`${editor.title} (${LANGUAGE_NAMES[locale]})`}
        description={
          <span className="flex flex-wrap items-center gap-2">
            {POLICY_CONSOLE_MESSAGES.kinds[editor.kind]} · <code>{publicPath}</code> ·{" "}
            <DraftBadge state={editor.draft} />
            <TranslationLagBadge since={language?.outdatedSince ?? null} />
          </span>
        }
        actions={
          <nav aria-label="Other languages and pages" className="flex flex-wrap gap-4 text-sm">
            {LOCALES.filter((other) => other !== locale).map((other) => (
              <Link
                key={other}
                href={`/admin/trust/policies/${slug}/${other}`}
                className="font-medium text-brand-700 underline underline-offset-2"
              >
                Edit {LANGUAGE_NAMES[other]}
              </Link>
            ))}
            {editor.versions.length > 0 && (
              <a href={publicPath} className="font-medium text-brand-700 underline underline-offset-2">
                Open public page
              </a>
            )}
            <Link
              href="/admin/trust/policies"
              className="font-medium text-brand-700 underline underline-offset-2"
            >
              All documents
            </Link>
          </nav>
        }
      />
      <TranslationLagNotice
        slug={slug}
        since={language?.outdatedSince ?? null}
        latestEnglish={english?.latestVersion ?? null}
      />
      <DocumentEditor
        key={`${slug}-${locale}`}
        slug={slug}
        locale={locale}
        languageName={LANGUAGE_NAMES[locale]}
        initialTitle={editor.title}
        initialBody={editor.body}
        nextVersion={editor.nextVersion}
        today={isoDate(new Date())}
        publicPath={publicPath}
      />
      {particulars && (
        <DpaParticularsForm
          locale={locale}
          particulars={particulars.particulars}
          headings={particulars.headings}
          problems={particulars.problems ? DPA_MESSAGES.particularsMissing(particulars.problems).en : null}
        />
      )}
      <section aria-labelledby="versions-heading" className="space-y-3">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="versions-heading" className="text-lg font-semibold text-gray-900">
            Published versions
          </h2>
          {editor.versions.length > 0 && (
            <a
              href={localizedPath(locale, documentPaths.history(slug))}
              className="text-sm font-medium text-brand-700 underline underline-offset-2"
            >
              Public version history
            </a>
          )}
        </div>
        <PublishedVersions versions={editor.versions} />
      </section>
    </div>
  );
}
