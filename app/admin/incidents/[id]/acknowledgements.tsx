import { Badge, DataTable, DateTime } from "@/app/_ui";
import type { AcknowledgementRow } from "@/lib/incidents/notifications/staff-acknowledgements";

/**
 * Read-only, for staff with breach.view: per affected organisation, when the notice was first
 * delivered, when and by whom it was acknowledged, its B4 record, and its evidence pack (B8).
 */
export function Acknowledgements({ incidentId, rows }: { incidentId: string; rows: AcknowledgementRow[] }) {
  return (
    <DataTable
      caption="Delivery and acknowledgement per organisation"
      rows={rows}
      rowKey={(row) => row.organizationId}
      empty={{
        title: "No notifications yet",
        description: "Notifications appear here once the incident is declared a personal data breach.",
      }}
      columns={[
        { header: "Organisation", rowHeader: true, cell: (row) => row.organizationName },
        {
          header: "Delivered at",
          cell: (row) =>
            row.firstDeliveredAt ? (
              <DateTime value={row.firstDeliveredAt} />
            ) : (
              <Badge tone="warning">Not delivered yet</Badge>
            ),
        },
        {
          header: "Acknowledged",
          cell: (row) =>
            row.acknowledgedAt ? (
              <span>
                <DateTime value={row.acknowledgedAt} /> by {row.acknowledgedByName}
              </span>
            ) : (
              <Badge tone="danger">Awaiting acknowledgement</Badge>
            ),
        },
        {
          header: "Authority notified",
          cell: (row) =>
            row.authorityNotifiedAt ? (
              <span>
                <DateTime value={row.authorityNotifiedAt} />
                {row.authorityReference && <> ({row.authorityReference})</>}
              </span>
            ) : (
              "Not recorded"
            ),
        },
        {
          header: "Evidence pack",
          cell: (row) => (
            <>
              <a
                className="text-brand-700 underline"
                href={`/admin/incidents/${incidentId}/evidence/${row.organizationId}.pdf`}
                download
              >
                PDF
              </a>{" "}
              ·{" "}
              <a
                className="text-brand-700 underline"
                href={`/admin/incidents/${incidentId}/evidence/${row.organizationId}.json`}
                download
              >
                JSON
              </a>
            </>
          ),
        },
      ]}
    />
  );
}
