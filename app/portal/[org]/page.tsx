import type { Metadata } from "next";
import { Badge, Card, PageHeader } from "@/app/_ui";
import { CUSTOMER_ROLE_LABELS } from "@/lib/organizations/messages";
import { loadOrganizationOverview } from "./load-overview";

export const metadata: Metadata = { title: "Customer portal" };

export default async function PortalHome({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  const overview = await loadOrganizationOverview(org);
  return (
    <div className="space-y-6">
      <PageHeader
        title={overview.name}
        description="Your organisation's data-processing relationship with us."
      />
      <p className="text-sm text-gray-700">
        You are signed in as <Badge tone="info">{CUSTOMER_ROLE_LABELS[overview.viewerRole]}</Badge>
      </p>
      <div className="grid gap-4 sm:grid-cols-3">
        <Card title="Breach notification window">
          <p className="text-2xl font-semibold">{overview.breachNotificationHours} hours</p>
          <p className="text-sm text-gray-600">
            from our awareness of a personal-data breach, per your contract.
          </p>
        </Card>
        <Card title="Data-subject request assistance">
          <p className="text-2xl font-semibold">{overview.dsrDueDays} days</p>
          <p className="text-sm text-gray-600">our contractual due date for assisting with each request.</p>
        </Card>
        <Card title="Members">
          <p className="text-2xl font-semibold">{overview.memberCount}</p>
          <p className="text-sm text-gray-600">people from your organisation can sign in here.</p>
        </Card>
      </div>
    </div>
  );
}
