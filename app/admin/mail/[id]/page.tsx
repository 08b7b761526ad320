import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Badge, Card, DateTime, PageHeader } from "@/app/_ui";
import { guardPage } from "@/app/_components/guard";
import { getOutboxMessage } from "@/lib/mail/viewer";
import { OUTBOX_STATUS } from "../status";

export const metadata: Metadata = { title: "Email" };

export default async function MailMessagePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const message = await guardPage(() => getOutboxMessage(id));
  if (!message) notFound();
  return (
    <div className="space-y-6">
      <PageHeader title={message.subject} description={`To ${message.to}`} />
      <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2 text-sm">
        <dt className="text-gray-600">State</dt>
        <dd>
          <Badge tone={OUTBOX_STATUS[message.status].tone}>{OUTBOX_STATUS[message.status].label}</Badge> after{" "}
          {message.attempts} attempt(s)
        </dd>
        <dt className="text-gray-600">Written</dt>
        <dd>
          <DateTime value={message.createdAt} />
        </dd>
        <dt className="text-gray-600">Sent</dt>
        <dd>{message.sentAt ? <DateTime value={message.sentAt} /> : "Not yet"}</dd>
        {message.lastError && (
          <>
            <dt className="text-gray-600">Last error</dt>
            <dd className="text-danger-700">{message.lastError}</dd>
          </>
        )}
      </dl>
      <Card title="Message">
        {message.text === null ? (
          <p className="text-sm text-gray-700">
            This message contains a single-use link for its recipient, so it is not shown here.
          </p>
        ) : (
          <pre className="whitespace-pre-wrap font-sans text-sm">{message.text}</pre>
        )}
      </Card>
    </div>
  );
}
