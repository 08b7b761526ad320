import type { Metadata } from "next";
import Link from "next/link";
import { Badge, DateTime, EmptyState, PageHeader, Table, TBody, Td, Th, THead, Tr } from "@/app/_ui";
import { guardPage } from "@/app/_components/guard";
import { listBreachNotifications } from "@/lib/incidents/notifications/list";

export const metadata: Metadata = { title: "Breach notifications" };

export default async function BreachNotificationsPage({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  const { organization, notifications } = await guardPage(() => listBreachNotifications(org));
  return (
    <div className="space-y-6">
      <PageHeader
        title="Breach notifications"
        description="Personal data breaches your processor has notified to your organisation (Art. 33(2) GDPR), with every update as it was sent."
      />
      {notifications.length === 0 ? (
        <EmptyState
          title="No breach notifications"
          description="If a personal data breach ever affects your organisation's data, its notification appears here and is emailed to your privacy contacts, owners, admins and privacy officers. Nothing to do for now."
        />
      ) : (
        <Table caption="Breach notifications to this organisation" hideCaption>
          <THead>
            <Tr>
              <Th>Incident</Th>
              <Th>First delivered</Th>
              <Th>Latest update</Th>
              <Th>Acknowledgement</Th>
            </Tr>
          </THead>
          <TBody>
            {notifications.map((n) => (
              <Tr key={n.id}>
                <Td>
                  <Link
                    className="font-medium text-brand-700 underline"
                    href={`/portal/${organization.slug}/breach-notifications/${n.id}`}
                  >
                    {n.reference}: {n.title}
                  </Link>
                </Td>
                <Td>
                  <DateTime value={n.firstDeliveredAt} />
                </Td>
                <Td>{n.latestPhase === null ? "—" : `Phase ${n.latestPhase}`}</Td>
                <Td>
                  {n.acknowledgedAt ? (
                    <span>
                      Acknowledged by {n.acknowledgedByName} at <DateTime value={n.acknowledgedAt} />
                    </span>
                  ) : (
                    <Badge tone="danger">Awaiting acknowledgement</Badge>
                  )}
                </Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      )}
    </div>
  );
}
