import type { Metadata } from "next";
import Link from "next/link";
import { TimesInNote } from "@/app/_components/times-in-note";
import { Badge, DataTable, DateTime, PageHeader, UserText, type BadgeTone } from "@/app/_ui";
import { loadPage } from "@/lib/http/page";
import {
  DASHBOARD_LIMIT,
  loadDeadlineDashboard,
  type DashboardRow,
  type NotificationUrgency,
} from "@/lib/incidents/dashboard";

export const metadata: Metadata = { title: "Notification deadlines" };

const URGENCY: Record<NotificationUrgency, { tone: BadgeTone; label: string }> = {
  overdue: { tone: "danger", label: "Overdue" },
  "due-soon": { tone: "warning", label: "Under 6 h" },
  waiting: { tone: "neutral", label: "Deadline running" },
  "delivered-late": { tone: "warning", label: "Delivered late" },
  delivered: { tone: "success", label: "Delivered" },
};

/** Delivered only once a mail server accepted the notice (or the organisation acknowledged it); ADR 0016. */
function Delivery({ row }: { row: DashboardRow }) {
  if (row.firstDeliveredAt) return <DateTime value={row.firstDeliveredAt} />;
  if (row.firstSentAt)
    return (
      <>
        <Badge tone="warning">Queued</Badge> not delivered (sent <DateTime value={row.firstSentAt} />)
      </>
    );
  return <>Not yet sent</>;
}

type SearchParams = Promise<{ show?: string }>;

export default async function DeadlineDashboardPage({ searchParams }: { searchParams: SearchParams }) {
  const { show } = await searchParams;
  const includeAcknowledged = show === "all";
  const dashboard = await loadPage((ctx) => loadDeadlineDashboard(ctx, { includeAcknowledged }));
  return (
    <div className="space-y-6">
      <PageHeader
        title="Notification deadlines"
        description="Every breach notification not yet delivered or not yet acknowledged, soonest deadline first. Deadlines run from awareness over each organisation's contractual window, until a mail server accepts the notice: a sent notice whose emails are queued is not delivered."
        actions={
          <Link
            className="text-sm font-medium text-brand-700 underline"
            href={includeAcknowledged ? "/admin/incidents/dashboard" : "/admin/incidents/dashboard?show=all"}
          >
            {includeAcknowledged ? "Show open notifications only" : "Include acknowledged notifications"}
          </Link>
        }
      />
      <TimesInNote>
        Status as of <DateTime value={dashboard.now} />.
      </TimesInNote>
      {dashboard.total > dashboard.shown && dashboard.rows.length > 0 && (
        <p className="text-sm text-gray-700">
          Showing the {DASHBOARD_LIMIT} most urgent of {dashboard.total} notifications.
        </p>
      )}
      <DataTable
        caption="Open breach notifications"
        hideCaption
        headingLevel={2}
        rows={dashboard.rows}
        rowKey={(row) => row.id}
        empty={{
          title: "No open notifications",
          description:
            "Notifications appear here when an incident is declared a personal data breach. Declare one from its incident page.",
        }}
        columns={[
          { header: "Organisation", rowHeader: true, cell: (row) => row.organization.name },
          {
            header: "Incident",
            cell: (row) => (
              <>
                <Link className="text-brand-700 underline" href={`/admin/incidents/${row.incident.id}`}>
                  {row.incident.reference}
                </Link>{" "}
                <UserText>{row.incident.title}</UserText>
              </>
            ),
          },
          {
            header: "Deadline",
            cell: (row) => (
              <>
                <DateTime value={row.deadlineAt} />{" "}
                <span className="text-gray-600">({row.windowHours} h)</span>
              </>
            ),
          },
          {
            header: "Time left",
            cell: (row) => (
              <>
                <Badge tone={URGENCY[row.urgency].tone}>{URGENCY[row.urgency].label}</Badge> {row.timeLeft}
              </>
            ),
          },
          { header: "Delivered", cell: (row) => <Delivery row={row} /> },
          {
            header: "Acknowledged",
            cell: (row) =>
              row.acknowledgedAt ? (
                <>
                  <DateTime value={row.acknowledgedAt} />
                  {row.acknowledgedByName && (
                    <>
                      {" "}
                      by <UserText>{row.acknowledgedByName}</UserText>
                    </>
                  )}
                </>
              ) : (
                "Not yet"
              ),
          },
        ]}
      />
    </div>
  );
}
