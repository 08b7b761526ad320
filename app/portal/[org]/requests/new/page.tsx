import { PageHeader } from "@/app/_ui";
import { dsrOrganization } from "@/lib/dsr/organization";
import { loadPage } from "@/lib/http/page";
import { localizedTitle } from "@/lib/http/page-title";
import { localize, type Text } from "@/lib/i18n/text";
import { REQUEST_FORM_MESSAGES as M } from "../messages";
import { RequestForm } from "../request-form";
import { typeOptions } from "../type-options";

export const generateMetadata = localizedTitle(M.title);

export default async function NewRequestPage({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  const { organization, locale } = await loadPage(async (ctx) => ({
    organization: await dsrOrganization(ctx, org, "org.dsr.manage"),
    locale: ctx.locale,
  }));
  const t = (text: Text) => localize(text, locale);
  return (
    <div className="space-y-6">
      <PageHeader title={t(M.title)} description={t(M.description)} />
      <RequestForm slug={organization.slug} locale={locale} types={typeOptions(locale)} />
    </div>
  );
}
