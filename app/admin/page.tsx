import type { Metadata } from "next";
import Link from "next/link";
import { Alert, Card, EmptyState, PageHeader, Table, TBody, Td, Th, THead, Tr } from "@/app/_ui";
import { guardPage } from "@/app/_components/guard";
import { getAdminOverview } from "@/lib/admin/overview";

export const metadata: Metadata = { title: "Staff console" };

export default async function AdminHome() {
  const overview = await guardPage(() => getAdminOverview());
  return (
    <div className="space-y-6">
      <PageHeader
        title="Overview"
        description="Customer organisations and the state of outgoing notifications."
      />
      {overview.failedEmails > 0 && (
        <Alert tone="danger" title="Undeliverable email">
          {overview.failedEmails} message(s) could not be delivered.{" "}
          <Link href="/admin/mail" className="underline">
            Open the mail log
          </Link>
          .
        </Alert>
      )}
      <Card title="Customer organisations">
        {overview.organizations.length === 0 ? (
          <EmptyState
            title="No customer organisations yet"
            description="Organisations appear here once they are created."
          />
        ) : (
          <Table caption="Customer organisations" hideCaption>
            <THead>
              <Tr>
                <Th>Name</Th>
                <Th>Slug</Th>
                <Th>Members</Th>
                <Th>Breach window</Th>
              </Tr>
            </THead>
            <TBody>
              {overview.organizations.map((o) => (
                <Tr key={o.slug}>
                  <Td>{o.name}</Td>
                  <Td className="font-mono text-sm">{o.slug}</Td>
                  <Td>{o.members}</Td>
                  <Td>{o.breachNotificationHours} h</Td>
                </Tr>
              ))}
            </TBody>
          </Table>
        )}
      </Card>
      <p className="text-sm text-gray-600">Emails waiting for delivery: {overview.pendingEmails}</p>
    </div>
  );
}
