import type { Metadata } from "next";
import Link from "next/link";
import { Alert, ButtonLink, Card, DataTable, PageHeader } from "@/app/_ui";
import { getAdminOverview } from "@/lib/admin/overview";
import { staffCan } from "@/lib/auth/authorization/permissions";
import { loadPage } from "@/lib/http/page";
import { CLOSURES_MESSAGES } from "./closures/messages";
import { ORGANIZATIONS_MESSAGES } from "./organizations/messages";
import { RECORDS_STAFF_MESSAGES } from "./records/messages";

export const metadata: Metadata = { title: "Staff console" };

export default async function AdminHome() {
  const { overview, records, closures, activities } = await loadPage(async (ctx) => ({
    overview: await getAdminOverview(ctx),
    // Retention and legal holds are reached from here: the console's navigation line is full at laptop width.
    records: staffCan(ctx.actor?.staffRoles ?? [], "retention.manage"),
    // Account closures (D4) too: staff see every closure in progress and keep the certificates.
    closures: staffCan(ctx.actor?.staffRoles ?? [], "admin.organizations.view"),
    // Records of processing (ADR 0031): the activities staff describe.
    activities: staffCan(ctx.actor?.staffRoles ?? [], "records.activities.manage"),
  }));
  return (
    <div className="space-y-6">
      <PageHeader
        title="Overview"
        description="Customer organisations and the state of outgoing notifications."
        actions={
          overview.mayCreate && (
            <ButtonLink href="/admin/organizations/new">{ORGANIZATIONS_MESSAGES.newButton}</ButtonLink>
          )
        }
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
        <DataTable
          caption="Customer organisations"
          hideCaption
          rows={overview.organizations}
          rowKey={(o) => o.slug}
          columns={[
            {
              header: "Name",
              rowHeader: true,
              cell: (o) =>
                overview.mayOpen ? (
                  <Link href={`/admin/organizations/${o.id}`} className="font-medium underline">
                    {o.name}
                  </Link>
                ) : (
                  o.name
                ),
            },
            { header: "Slug", cell: (o) => o.slug, className: "font-mono text-sm" },
            { header: "Members", cell: (o) => o.members },
            { header: "Breach window", cell: (o) => `${o.breachNotificationHours} h` },
          ]}
          empty={{
            title: "No customer organisations yet",
            description: "Organisations appear here once they are created.",
          }}
          headingLevel={2}
        />
      </Card>
      {records && (
        <Card title="Retention and legal holds">
          <p className="text-sm">
            <Link href="/admin/retention" className="font-medium underline">
              Retention policies and purges
            </Link>{" "}
            ·{" "}
            <Link href="/admin/legal-holds" className="font-medium underline">
              Legal holds
            </Link>
          </p>
        </Card>
      )}
      {closures && (
        <p className="text-sm">
          <Link href="/admin/closures" className="font-medium underline">
            {CLOSURES_MESSAGES.link}
          </Link>
        </p>
      )}
      {closures && (
        <p className="text-sm">
          <Link href="/admin/dpa" className="font-medium underline">
            DPA acceptance by organisation
          </Link>
        </p>
      )}
      {closures && (
        <p className="text-sm">
          <Link href="/admin/records" className="font-medium underline">
            {RECORDS_STAFF_MESSAGES.overviewLink}
          </Link>
        </p>
      )}
      {activities && (
        <p className="text-sm">
          <Link href="/admin/records/activities" className="font-medium underline">
            {RECORDS_STAFF_MESSAGES.link}
          </Link>
        </p>
      )}
      <p className="text-sm text-gray-600">Emails waiting for delivery: {overview.pendingEmails}</p>
    </div>
  );
}
