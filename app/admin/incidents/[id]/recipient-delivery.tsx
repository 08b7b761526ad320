import { Badge, DataTable, DateTime } from "@/app/_ui";
import type { IncidentDelivery, RecipientDelivery } from "@/lib/incidents/notices/recipient-delivery";
import { DELIVERY_LABELS, DELIVERY_MESSAGES as M } from "../messages";

/** Every email of the incident's notices (ADR 0016): accepted, queued, retrying, or failed with the reason. */
export function RecipientDeliveryTable({ delivery }: { delivery: IncidentDelivery }) {
  const state = ({ state }: RecipientDelivery) => (
    <span className="flex flex-wrap items-center gap-1">
      <Badge tone={DELIVERY_LABELS[state.kind].tone}>{DELIVERY_LABELS[state.kind].label}</Badge>
      <span className="text-gray-700">
        {state.kind === "accepted" && (
          <>
            {M.acceptedAt} <DateTime value={state.at} />
          </>
        )}
        {state.kind === "queued" && M.queued}
        {state.kind === "retrying" && (
          <>
            {M.retrying(state.attempts, state.reason)} <DateTime value={state.nextAttemptAt} />
          </>
        )}
        {state.kind === "failed" && M.failed(state.attempts, state.reason)}
      </span>
    </span>
  );
  return (
    <div className="space-y-3">
      {delivery.total > 0 && (
        <p className="text-sm text-gray-700" data-testid="delivery-summary">
          {M.summary(delivery.counts, delivery.total)}
          {delivery.rows.length < delivery.total && <> {M.shown(delivery.rows.length, delivery.total)}</>}
        </p>
      )}
      <DataTable
        caption={M.caption}
        hideCaption
        rows={delivery.rows}
        rowKey={(row) => `${row.organizationId}:${row.phase}:${row.address}`}
        empty={M.none}
        columns={[
          {
            header: "Recipient",
            rowHeader: true,
            cell: (row) => <span className="break-all">{row.address}</span>,
          },
          { header: "Organisation", cell: (row) => row.organizationName },
          { header: "Phase", cell: (row) => row.phase },
          { header: "Delivery", cell: state },
        ]}
      />
    </div>
  );
}
