import { Badge, DataTable, DateTime, UserText } from "@/app/_ui";
import { timeLeft } from "@/lib/incidents/deadline";
import type { StaffNotificationRow } from "@/lib/incidents/notifications/staff-notifications";
import { reachedAt } from "@/lib/incidents/notifications/reached";
import { NOTIFICATION_DELIVERY_MESSAGES as M } from "../messages";

/**
 * One row per affected organisation (B1, B4, B8): deadline, delivery — delivered only once a mail server
 * accepted the notice (ADR 0016), else queued or not sent with the deadline still running — who
 * acknowledged, the organisation's authority record, and its evidence pack.
 */
export function RegisterNotifications({
  incidentId,
  rows,
  now,
}: {
  incidentId: string;
  rows: StaffNotificationRow[];
  now: Date;
}) {
  const delivery = (n: StaffNotificationRow) => {
    if (n.firstDeliveredAt) {
      const late = n.firstDeliveredAt > n.deadlineAt;
      return (
        <Badge tone={late ? "warning" : "success"}>
          {late ? M.deliveredLate : M.delivered} <DateTime value={n.firstDeliveredAt} />
        </Badge>
      );
    }
    const left = timeLeft(n.deadlineAt, now);
    return (
      <span className="flex flex-wrap items-center gap-1">
        <Badge tone="warning">{n.firstSentAt ? M.queued : M.notSent}</Badge>
        {reachedAt(n) ? (
          <span className="text-gray-700">{M.acknowledgedInPortal}</span>
        ) : (
          <Badge tone={left.overdue ? "danger" : "warning"}>{left.label}</Badge>
        )}
      </span>
    );
  };
  return (
    <DataTable
      caption="Delivery and acknowledgement per organisation"
      rows={rows}
      rowKey={(n) => n.id}
      empty={{
        title: "No notifications",
        description:
          "Declaring a personal-data breach creates one notification per affected organisation at once.",
      }}
      columns={[
        { header: "Organisation", rowHeader: true, cell: (n) => <UserText>{n.organizationName}</UserText> },
        {
          header: "Deadline",
          cell: (n) => (
            <>
              <DateTime value={n.deadlineAt} /> <span className="text-gray-600">({n.windowHours} h)</span>
            </>
          ),
        },
        { header: "Delivery", cell: delivery },
        {
          header: "Acknowledged",
          cell: (n) =>
            n.acknowledgedAt ? (
              <span>
                <DateTime value={n.acknowledgedAt} /> by <UserText>{n.acknowledgedByName}</UserText>
              </span>
            ) : (
              <Badge tone="danger">Awaiting acknowledgement</Badge>
            ),
        },
        {
          header: "Authority notified",
          cell: (n) =>
            n.authorityNotifiedAt ? (
              <span>
                <DateTime value={n.authorityNotifiedAt} />
                {n.authorityReference && <> ({n.authorityReference})</>}
              </span>
            ) : (
              "Not recorded"
            ),
        },
        {
          header: "Evidence pack",
          cell: (n) => (
            <>
              <a
                className="text-brand-700 underline"
                href={`/admin/incidents/${incidentId}/evidence/${n.organizationId}.pdf`}
                download
              >
                PDF
              </a>{" "}
              ·{" "}
              <a
                className="text-brand-700 underline"
                href={`/admin/incidents/${incidentId}/evidence/${n.organizationId}.json`}
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
