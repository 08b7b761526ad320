import Link from "next/link";
import { PageHeader } from "@/app/_ui";
import { MAX_CSV_BYTES, MAX_CSV_ROWS } from "@/lib/dsr/csv-check";
import { dsrOrganization } from "@/lib/dsr/organization";
import { loadPage } from "@/lib/http/page";
import { localizedTitle } from "@/lib/http/page-title";
import { localize, type Text } from "@/lib/i18n/text";
import { IMPORT_MESSAGES as M } from "../messages";
import { ImportForm } from "./import-form";

export const generateMetadata = localizedTitle(M.title);

export default async function ImportPage({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  const { organization, locale } = await loadPage(async (ctx) => ({
    organization: await dsrOrganization(ctx, org, "org.dsr.manage"),
    locale: ctx.locale,
  }));
  const t = (text: Text) => localize(text, locale);
  const base = `/portal/${organization.slug}/requests`;
  return (
    <div className="space-y-6">
      <p className="text-sm">
        <Link href={base} className="text-brand-700 underline">
          {t(M.back)}
        </Link>
      </p>
      <PageHeader title={t(M.title)} description={t(M.description)} />
      <div className="max-w-prose space-y-2 text-sm text-gray-700">
        <p>
          <a href={`${base}/import/template`} download className="font-medium text-brand-700 underline">
            {t(M.template)}
          </a>
        </p>
        <p>{t(M.limits(MAX_CSV_ROWS, Math.round(MAX_CSV_BYTES / 1024)))}</p>
      </div>
      <ImportForm slug={organization.slug} locale={locale} />
    </div>
  );
}
