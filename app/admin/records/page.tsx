import type { Metadata } from "next";
import Link from "next/link";
import { Card, DataTable, FormField, Input, PageHeader } from "@/app/_ui";
import { staffCan } from "@/lib/auth/authorization/permissions";
import { loadPage } from "@/lib/http/page";
import { recordsOrganizations } from "@/lib/records-of-processing/access";

export const metadata: Metadata = { title: "Records of processing" };

/**
 * Records of processing (Art. 30(2); ADR 0031): each organisation's records, the export of all of them
 * in one ZIP, and (ADMIN, PRIVACY) the processing activities they are made from.
 */
export default async function RecordsOverviewPage() {
  const { organizations, activities } = await loadPage(async (ctx) => ({
    organizations: await recordsOrganizations(ctx),
    activities: staffCan(ctx.actor?.staffRoles ?? [], "records.activities.manage"),
  }));
  return (
    <div className="space-y-6">
      <PageHeader
        title="Records of processing"
        description="The records the provider keeps as processor for each customer (Art. 30(2) GDPR), generated from the processing activities, the systems each organisation uses, its subprocessors, its DPA and the published TOMs."
      />
      {activities && (
        <p className="text-sm">
          <Link href="/admin/records/activities" className="font-medium underline">
            Processing activities
          </Link>
        </p>
      )}
      <Card title="Export all organisations">
        <form method="get" action="/admin/records/export" className="flex flex-wrap items-end gap-3">
          <FormField id="export-date" label="As of (end of day, UTC; empty: now)">
            <Input name="date" type="date" min="2000-01-01" />
          </FormField>
          <button type="submit" className="rounded-md border border-gray-300 px-3 py-2 text-sm font-medium">
            Download ZIP (one JSON per organisation, index.csv)
          </button>
        </form>
      </Card>
      <Card title="Organisations">
        <DataTable
          caption="Organisations"
          hideCaption
          rows={organizations}
          rowKey={(o) => o.slug}
          columns={[
            {
              header: "Name",
              rowHeader: true,
              cell: (o) => (
                <Link href={`/admin/records/${o.id}`} className="font-medium underline">
                  {o.name}
                </Link>
              ),
            },
            { header: "Slug", cell: (o) => o.slug, className: "font-mono text-sm" },
          ]}
          empty={{ title: "No customer organisations yet", description: "" }}
          headingLevel={2}
        />
      </Card>
    </div>
  );
}
