import type { Metadata } from "next";
import Link from "next/link";
import { Badge, DataTable, DateTime, PageHeader, UserText } from "@/app/_ui";
import type { BadgeTone } from "@/app/_ui/badge";
import { dpaAcceptanceTable, dpaFilter, DPA_FILTERS, type DpaTableRow } from "@/lib/dpa/staff-table";
import type { DpaState } from "@/lib/dpa/status";
import { loadPage } from "@/lib/http/page";
import { isoDate } from "@/lib/i18n/format";

export const metadata: Metadata = { title: "DPA acceptance" };

const STATES: Record<DpaState, { label: string; tone: BadgeTone }> = {
  current: { label: "Current version", tone: "success" },
  pending: { label: "Pending", tone: "warning" },
  negotiated: { label: "Negotiated", tone: "info" },
  none: { label: "No DPA published", tone: "neutral" },
};
const FILTER_LABELS = { all: "All", pending: "Pending", current: "Current", negotiated: "Negotiated" };

/**
 * Every organisation and its DPA (GDPR.md D3; ADR 0029): the version it accepted, when and by whom, pending
 * ones, negotiated ones; filterable, exportable as CSV. Reached from the console overview.
 */
export default async function DpaAcceptancePage({
  searchParams,
}: {
  searchParams: Promise<{ status?: string }>;
}) {
  const filter = dpaFilter.parse((await searchParams).status);
  const table = await loadPage((ctx) => dpaAcceptanceTable(ctx, filter));
  const link = (status: string) => (status === "all" ? "/admin/dpa" : `/admin/dpa?status=${status}`);
  return (
    <div className="space-y-6">
      <PageHeader
        title="DPA acceptance"
        description={
          table.current
            ? `Current DPA: version ${table.current.version}, effective from ${isoDate(table.current.effectiveDate)}. Organisations are asked to accept each new English version; reminders go out 7 and 21 days after publication.`
            : "No DPA version is published yet."
        }
        actions={
          <a className="font-medium text-brand-700 underline" href={`/admin/dpa/export?status=${filter}`}>
            Export CSV
          </a>
        }
      />
      <nav aria-label="Filter by state" className="flex flex-wrap gap-4 text-sm">
        {DPA_FILTERS.map((status) => (
          <Link
            key={status}
            href={link(status)}
            aria-current={status === filter ? "page" : undefined}
            className={
              status === filter ? "font-semibold text-gray-900" : "font-medium text-brand-700 underline"
            }
          >
            {FILTER_LABELS[status]}
          </Link>
        ))}
      </nav>
      <DataTable<DpaTableRow>
        caption="Organisations and their DPA"
        rows={table.rows}
        rowKey={(row) => row.organizationId}
        rowTestId="dpa-row"
        headingLevel={2}
        empty={{ title: "No organisations in this state", description: "Choose another filter." }}
        columns={[
          {
            header: "Organisation",
            rowHeader: true,
            cell: (row) => (
              <Link href={`/admin/organizations/${row.organizationId}`} className="font-medium underline">
                <UserText>{row.name}</UserText>
              </Link>
            ),
          },
          {
            header: "State",
            cell: (row) => <Badge tone={STATES[row.state].tone}>{STATES[row.state].label}</Badge>,
          },
          {
            header: "Accepted",
            cell: (row) =>
              row.negotiated ? (
                <span>
                  <UserText>{row.negotiated.title}</UserText>{" "}
                  <a className="text-brand-700 underline" href={`/admin/dpa/negotiated/${row.negotiated.id}`}>
                    PDF
                  </a>
                </span>
              ) : row.accepted ? (
                `Version ${row.accepted.version}`
              ) : (
                "None"
              ),
          },
          {
            header: "When",
            cell: (row) => (row.accepted ? <DateTime value={row.accepted.acceptedAt} /> : "-"),
          },
          {
            header: "By",
            cell: (row) =>
              row.accepted ? (
                <span>
                  <UserText>{row.accepted.signatoryName}</UserText> (
                  <UserText>{row.accepted.signatoryTitle}</UserText>), {row.accepted.email}
                </span>
              ) : (
                "-"
              ),
          },
          {
            header: "Receipt",
            cell: (row) =>
              row.accepted ? (
                <span className="space-x-3">
                  <a
                    className="text-brand-700 underline"
                    href={`/admin/dpa/receipts/${row.accepted.acceptanceId}/pdf`}
                  >
                    PDF
                  </a>
                  <a
                    className="text-brand-700 underline"
                    href={`/admin/dpa/receipts/${row.accepted.acceptanceId}/json`}
                  >
                    JSON
                  </a>
                </span>
              ) : (
                "-"
              ),
          },
        ]}
      />
    </div>
  );
}
