import type { Metadata } from "next";
import Link from "next/link";
import { Alert, Badge, DateTime, EmptyState, PageHeader, Table, TBody, Td, Th, THead, Tr } from "@/app/_ui";
import { guardPage } from "@/app/_components/guard";
import { listOutbox } from "@/lib/mail/viewer";
import { OUTBOX_STATUS } from "./status";

export const metadata: Metadata = { title: "Mail" };

export default async function MailPage() {
  const { smtpConfigured, items } = await guardPage(() => listOutbox());
  return (
    <div className="space-y-6">
      <PageHeader
        title="Mail"
        description="Every email the platform has written, newest first, with its delivery state."
      />
      {!smtpConfigured && (
        <Alert tone="warning" title="No SMTP server configured">
          Messages are kept here and not sent. Set SMTP_URL to deliver them; pending messages then go out.
        </Alert>
      )}
      {items.length === 0 ? (
        <EmptyState
          title="No email yet"
          description="Notifications, invitations and notices appear here as soon as they are written."
        />
      ) : (
        <Table caption="Outgoing email" hideCaption>
          <THead>
            <Tr>
              <Th>Written</Th>
              <Th>To</Th>
              <Th>Subject</Th>
              <Th>State</Th>
            </Tr>
          </THead>
          <TBody>
            {items.map((m) => (
              <Tr key={m.id}>
                <Td>
                  <DateTime value={m.createdAt} />
                </Td>
                <Td>{m.to}</Td>
                <Td>
                  <Link href={`/admin/mail/${m.id}`} className="text-brand-700 underline">
                    {m.subject}
                  </Link>
                </Td>
                <Td>
                  <Badge tone={OUTBOX_STATUS[m.status].tone}>{OUTBOX_STATUS[m.status].label}</Badge>
                </Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      )}
    </div>
  );
}
