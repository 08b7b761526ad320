import { Badge, DateTime, EmptyState, Table, TBody, Td, Th, THead, Tr } from "@/app/_ui";
import { timeLeft } from "@/lib/incidents/deadline";
import type { IncidentDetail } from "@/lib/incidents/register/view";

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
  if (notifications.length === 0) {
    return (
      <EmptyState
        headingLevel={3}
        title="No notifications"
        description="Declaring a personal-data breach creates one notification per affected organisation at once."
      />
    );
  }
  return (
    <Table caption="Notifications to affected organisations">
      <THead>
        <Tr>
          <Th>Organisation</Th>
          <Th>Window</Th>
          <Th>Deadline</Th>
          <Th>Status</Th>
        </Tr>
      </THead>
      <TBody>
        {notifications.map((n) => {
          const left = timeLeft(n.deadlineAt, now);
          return (
            <Tr key={n.id}>
              <Td>{n.organization.name}</Td>
              <Td>{n.windowHours} h</Td>
              <Td>
                <DateTime value={n.deadlineAt} timeZone={timeZone} />
              </Td>
              <Td>
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
              </Td>
            </Tr>
          );
        })}
      </TBody>
    </Table>
  );
}
