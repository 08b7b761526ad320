import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/app/_ui";
import { RecordsOfProcessingView } from "@/app/_components/records-of-processing";
import { loadPage } from "@/lib/http/page";
import { recordsDateParam, staffOrganizationRecords } from "@/lib/records-of-processing/access";

export const metadata: Metadata = { title: "Records of processing" };

/** One organisation's records of processing, as staff see them (English; ADR 0031). */
export default async function StaffRecordsPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { id } = await params;
  const search = await searchParams;
  const { view, chosen } = await loadPage(async (ctx) => {
    const chosen = recordsDateParam(search.date, ctx.clock.now());
    const { staff: _staff, ...view } = await staffOrganizationRecords(ctx, id, chosen.date);
    return { chosen, view };
  });
  const base = `/admin/records/${view.organizationId}`;
  return (
    <div className="max-w-4xl space-y-6">
      <PageHeader
        title={`Records of processing: ${view.records.controller.name}`}
        description={
          <Link href="/admin/records" className="underline">
            All organisations
          </Link>
        }
      />
      <RecordsOfProcessingView
        records={view.records}
        locale="en"
        base={base}
        downloadBase={base}
        date={chosen.date}
        badDate={chosen.bad}
      />
    </div>
  );
}
