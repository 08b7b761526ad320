import type { Metadata } from "next";
import Link from "next/link";
import { ComplianceStatusBadge } from "@/app/(public)/[locale]/compliance/status-badge";
import { ActionButton } from "@/app/_components/action-button";
import { Badge, ButtonLink, Card, DataTable, DateTime, Dialog, PageHeader } from "@/app/_ui";
import { loadPage } from "@/lib/http/page";
import { formatCalendarDate } from "@/lib/i18n/format";
import { listCertificateOptions, listComplianceItemsForStaff } from "@/lib/trust/compliance/staff-view";
import { deleteComplianceItemAction, moveComplianceItemAction } from "./actions";
import { ComplianceItemForm } from "./item-form";

export const metadata: Metadata = { title: "Compliance roadmap" };

export default async function ComplianceAdminPage() {
  const [items, certificates] = await loadPage((ctx) =>
    Promise.all([listComplianceItemsForStaff(ctx), listCertificateOptions(ctx)]),
  );
  const rows = items.map((item, index) => ({ ...item, index }));
  return (
    <div className="space-y-6">
      <PageHeader
        title="Compliance roadmap"
        description={
          <>
            The standards shown on the public{" "}
            <Link href="/en/compliance" className="underline">
              compliance page
            </Link>{" "}
            and home page, in this order. Adding a standard or changing its status is announced on the public
            updates page and feed.
          </>
        }
      />
      <Card title="Roadmap">
        <DataTable
          caption="Roadmap items in public order"
          hideCaption
          rows={rows}
          rowKey={(item) => item.id}
          empty={{
            title: "No standards yet",
            description:
              "Add the first standard with the form below; it appears on the public pages at once.",
          }}
          columns={[
            { header: "Order", cell: (item) => item.index + 1 },
            { header: "Standard", rowHeader: true, cell: (item) => item.standard },
            { header: "Status", cell: (item) => <ComplianceStatusBadge status={item.status} locale="en" /> },
            {
              header: "Target date",
              cell: (item) => (item.targetDate ? formatCalendarDate("en", item.targetDate) : "—"),
            },
            {
              header: "Certificate",
              cell: (item) =>
                item.certificate ? (
                  <>
                    {item.certificate.title}
                    {item.certificate.archived && (
                      <Badge tone="warning" className="ml-2">
                        archived: not shown
                      </Badge>
                    )}
                  </>
                ) : (
                  "—"
                ),
            },
            { header: "Last changed", cell: (item) => <DateTime value={item.updatedAt} /> },
          ]}
          rowActions={(item) => (
            <div className="flex flex-wrap items-start gap-2">
              {item.index > 0 && (
                <ActionButton
                  action={moveComplianceItemAction}
                  fields={{ id: item.id, direction: "up" }}
                  label="Move up"
                />
              )}
              {item.index < items.length - 1 && (
                <ActionButton
                  action={moveComplianceItemAction}
                  fields={{ id: item.id, direction: "down" }}
                  label="Move down"
                />
              )}
              <ButtonLink href={`/admin/trust/compliance/${item.id}`} variant="secondary" size="sm">
                Edit<span className="sr-only"> {item.standard}</span>
              </ButtonLink>
              <Dialog
                triggerLabel="Delete"
                triggerVariant="danger"
                title={`Delete ${item.standard}?`}
                closeLabel="Cancel"
              >
                <p className="mb-4 text-sm text-gray-700">
                  It disappears from the public roadmap at once. The audit log keeps a record of the deletion.
                </p>
                <ActionButton
                  action={deleteComplianceItemAction}
                  fields={{ id: item.id }}
                  label={`Delete ${item.standard}`}
                  variant="danger"
                />
              </Dialog>
            </div>
          )}
        />
      </Card>
      <Card title="Add a standard">
        <ComplianceItemForm certificates={certificates} />
      </Card>
    </div>
  );
}
