import { Badge, DataTable, DateTime } from "@/app/_ui";
import { timeLeft } from "@/lib/incidents/deadline";
import type { IncidentDetail } from "@/lib/incidents/register/view";

type Notification = IncidentDetail["notifications"][number];

/** One row per affected organisation's notification: window, deadline and time left (B1). */
export function RegisterNotifications({
  notifications,
  now,
  timeZone,
}: {
  notifications: IncidentDetail["notifications"];
  now: Date;
  timeZone: string;
}) {
  const status = (n: Notification) => {
    const left = timeLeft(n.deadlineAt, now);
    return (
      <>
        {n.firstDeliveredAt ? (
          <Badge tone="success">
            Delivered <DateTime value={n.firstDeliveredAt} timeZone={timeZone} />
          </Badge>
        ) : (
          <Badge tone={left.overdue ? "danger" : "warning"}>{left.label}</Badge>
        )}
        {n.acknowledgedAt && (
          <span className="ml-2">
            <Badge tone="info">
              Acknowledged <DateTime value={n.acknowledgedAt} timeZone={timeZone} />
            </Badge>
          </span>
        )}
      </>
    );
  };
  return (
    <DataTable
      caption="Notifications to affected organisations"
      rows={notifications}
      rowKey={(n) => n.id}
      empty={{
        title: "No notifications",
        description:
          "Declaring a personal-data breach creates one notification per affected organisation at once.",
      }}
      columns={[
        { header: "Organisation", rowHeader: true, cell: (n) => n.organization.name },
        { header: "Window", cell: (n) => `${n.windowHours} h` },
        { header: "Deadline", cell: (n) => <DateTime value={n.deadlineAt} timeZone={timeZone} /> },
        { header: "Status", cell: status },
      ]}
    />
  );
}
