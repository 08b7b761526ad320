import type { Metadata } from "next";
import Link from "next/link";
import { Badge, DataTable, DateTime, PageHeader } from "@/app/_ui";
import { loadPage } from "@/lib/http/page";
import { listBreachNotifications } from "@/lib/incidents/notifications/list";

export const metadata: Metadata = { title: "Breach notifications" };

export default async function BreachNotificationsPage({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  const { organization, notifications } = await loadPage((ctx) => listBreachNotifications(ctx, org));
  return (
    <div className="space-y-6">
      <PageHeader
        title="Breach notifications"
        description="Personal data breaches your processor has notified to your organisation (Art. 33(2) GDPR), with every update as it was sent."
      />
      <DataTable
        caption="Breach notifications to this organisation"
        hideCaption
        headingLevel={2}
        rows={notifications}
        rowKey={(n) => n.id}
        empty={{
          title: "No breach notifications",
          description:
            "If a personal data breach ever affects your organisation's data, its notification appears here and is emailed to your privacy contacts, owners, admins and privacy officers. Nothing to do for now.",
        }}
        columns={[
          {
            header: "Incident",
            rowHeader: true,
            cell: (n) => (
              <Link
                className="font-medium text-brand-700 underline"
                href={`/portal/${organization.slug}/breach-notifications/${n.id}`}
              >
                {n.reference}: {n.title}
              </Link>
            ),
          },
          { header: "First delivered", cell: (n) => <DateTime value={n.firstDeliveredAt} /> },
          { header: "Latest update", cell: (n) => (n.latestPhase === null ? "—" : `Phase ${n.latestPhase}`) },
          {
            header: "Acknowledgement",
            cell: (n) =>
              n.acknowledgedAt ? (
                <span>
                  Acknowledged by {n.acknowledgedByName} at <DateTime value={n.acknowledgedAt} />
                </span>
              ) : (
                <Badge tone="danger">Awaiting acknowledgement</Badge>
              ),
          },
        ]}
      />
    </div>
  );
}
