import { Badge, DateTime, EmptyState, Table, TBody, Td, Th, THead, Tr } from "@/app/_ui";
import { listAcknowledgements } from "@/lib/incidents/notifications/staff-acknowledgements";

/**
 * Read-only, for staff with breach.view: per affected organisation, when the notice was first
 * delivered, when and by whom it was acknowledged, its B4 record, and its evidence pack (B8).
 */
export async function Acknowledgements({ incidentId }: { incidentId: string }) {
  const rows = await listAcknowledgements(incidentId);
  if (rows.length === 0) {
    return (
      <EmptyState
        title="No notifications yet"
        description="Notifications appear here once the incident is declared a personal data breach."
        headingLevel={3}
      />
    );
  }
  return (
    <Table caption="Delivery and acknowledgement per organisation">
      <THead>
        <Tr>
          <Th>Organisation</Th>
          <Th>Delivered at</Th>
          <Th>Acknowledged</Th>
          <Th>Authority notified</Th>
          <Th>Evidence pack</Th>
        </Tr>
      </THead>
      <TBody>
        {rows.map((row) => (
          <Tr key={row.organizationId}>
            <Td>{row.organizationName}</Td>
            <Td>
              {row.firstDeliveredAt ? (
                <DateTime value={row.firstDeliveredAt} />
              ) : (
                <Badge tone="warning">Not delivered yet</Badge>
              )}
            </Td>
            <Td>
              {row.acknowledgedAt ? (
                <span>
                  <DateTime value={row.acknowledgedAt} /> by {row.acknowledgedByName}
                </span>
              ) : (
                <Badge tone="danger">Awaiting acknowledgement</Badge>
              )}
            </Td>
            <Td>
              {row.authorityNotifiedAt ? (
                <span>
                  <DateTime value={row.authorityNotifiedAt} />
                  {row.authorityReference && <> ({row.authorityReference})</>}
                </span>
              ) : (
                "Not recorded"
              )}
            </Td>
            <Td>
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
            </Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
