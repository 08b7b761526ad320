import { PageHeader } from "@/app/_ui";
import { RecordsOfProcessingView } from "@/app/_components/records-of-processing";
import { loadPage } from "@/lib/http/page";
import { localizedTitle } from "@/lib/http/page-title";
import { localize } from "@/lib/i18n/text";
import { organizationRecords, recordsDateParam } from "@/lib/records-of-processing/access";
import { RECORDS_PAGE_MESSAGES as M } from "./messages";

export const generateMetadata = localizedTitle(M.title);

/** The organisation's records of processing (Art. 30(2); ADR 0031), as of today or a chosen past day. */
export default async function RecordsPage({
  params,
  searchParams,
}: {
  params: Promise<{ org: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { org } = await params;
  const search = await searchParams;
  const { ctx, view, chosen } = await loadPage(async (ctx) => {
    const chosen = recordsDateParam(search.date, ctx.clock.now());
    return { ctx, chosen, view: await organizationRecords(ctx, org, chosen.date) };
  });
  const base = `/portal/${view.slug}/records`;
  return (
    <div className="max-w-4xl space-y-6">
      <PageHeader title={localize(M.title, ctx.locale)} description={localize(M.description, ctx.locale)} />
      <RecordsOfProcessingView
        records={view.records}
        locale={ctx.locale}
        base={base}
        downloadBase={base}
        date={chosen.date}
        badDate={chosen.bad}
      />
    </div>
  );
}
