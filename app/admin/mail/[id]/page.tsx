import type { Metadata } from "next";
import { Badge, Card, DateTime, DefinitionList, PageHeader } from "@/app/_ui";
import { loadPage } from "@/lib/http/page";
import { getOutboxMessage } from "@/lib/mail/viewer";
import { MAIL_MESSAGES } from "../messages";
import { DELIVERY_STATE } from "../status";

export const metadata: Metadata = { title: "Email" };

export default async function MailMessagePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const message = await loadPage((ctx) => getOutboxMessage(ctx, id));
  return (
    <div className="space-y-6">
      <PageHeader title={message.subject} description={`To ${message.to}`} />
      <DefinitionList
        items={[
          {
            term: "State",
            description: (
              <>
                <Badge tone={DELIVERY_STATE[message.delivery.kind].tone}>
                  {DELIVERY_STATE[message.delivery.kind].label}
                </Badge>{" "}
                after {message.attempts} attempt(s)
              </>
            ),
          },
          { term: "Written", description: <DateTime value={message.createdAt} /> },
          {
            term: "Sent",
            description: message.sentAt ? <DateTime value={message.sentAt} /> : "Not yet",
          },
          message.lastError
            ? {
                term: "Last error",
                description: <span className="text-danger-700">{message.lastError}</span>,
              }
            : null,
        ]}
      />
      <Card title="Message">
        {message.body.readable ? (
          <pre className="whitespace-pre-wrap font-sans text-sm">{message.body.text}</pre>
        ) : (
          <p className="text-sm text-gray-700">
            <Badge>{MAIL_MESSAGES.sealedBadge}</Badge> {MAIL_MESSAGES.sealedBody[message.body.reason]}
          </p>
        )}
      </Card>
    </div>
  );
}
