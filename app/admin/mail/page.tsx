import type { Metadata } from "next";
import Link from "next/link";
import { Alert, Badge, DataTable, DateTime, PageHeader } from "@/app/_ui";
import { loadPage } from "@/lib/http/page";
import { listOutbox } from "@/lib/mail/viewer";
import { MAIL_MESSAGES } from "./messages";
import { DELIVERY_STATE, deliveryNote } from "./status";

export const metadata: Metadata = { title: "Mail" };

export default async function MailPage() {
  const { smtpConfigured, items } = await loadPage((ctx) => listOutbox(ctx));
  return (
    <div className="space-y-6">
      <PageHeader
        title="Mail"
        description="Every email the platform has written, newest first, with its delivery state."
      />
      {!smtpConfigured && (
        <Alert tone="warning" title="No SMTP server configured">
          Messages are kept here and not sent. Set SMTP_URL to deliver them; pending messages then go out.{" "}
          {MAIL_MESSAGES.noSmtpSealed}
        </Alert>
      )}
      <DataTable
        caption="Outgoing email"
        hideCaption
        rows={items}
        rowKey={(m) => m.id}
        columns={[
          { header: "Written", cell: (m) => <DateTime value={m.createdAt} /> },
          { header: "To", cell: (m) => m.to },
          {
            header: "Subject",
            cell: (m) => (
              <>
                <Link href={`/admin/mail/${m.id}`} className="text-brand-700 underline">
                  {m.subject}
                </Link>
                {m.sealed && <Badge className="ml-2">{MAIL_MESSAGES.sealedBadge}</Badge>}
              </>
            ),
          },
          {
            header: "State",
            cell: (m) => (
              <span className="flex flex-wrap items-center gap-1">
                <Badge tone={DELIVERY_STATE[m.delivery.kind].tone}>
                  {DELIVERY_STATE[m.delivery.kind].label}
                </Badge>
                <span className="text-gray-700">
                  {deliveryNote(m.delivery)}
                  {m.delivery.kind === "retrying" && (
                    <>
                      {" "}
                      <DateTime value={m.delivery.nextAttemptAt} />
                    </>
                  )}
                </span>
              </span>
            ),
          },
        ]}
        empty={{
          title: "No email yet",
          description: "Notifications, invitations and notices appear here as soon as they are written.",
        }}
        headingLevel={2}
      />
    </div>
  );
}
