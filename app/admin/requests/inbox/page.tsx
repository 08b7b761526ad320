import type { Metadata } from "next";
import Link from "next/link";
import { TimesInNote } from "@/app/_components/times-in-note";
import { Card, DataTable, DateTime, DefinitionList, EmptyState, PageHeader, UserText } from "@/app/_ui";
import { staffCan } from "@/lib/auth/authorization/permissions";
import { listDirectRequests, routingTargets } from "@/lib/dsr/direct/staff";
import { DSR_TYPE_LABELS } from "@/lib/dsr/messages";
import { loadPage } from "@/lib/http/page";
import { INBOX_MESSAGES as M } from "../messages";
import { CloseForm, RouteForm } from "./direct-forms";

export const metadata: Metadata = { title: "Messages from data subjects" };

/** A7/A8: what data subjects sent us directly, to route to their controller or close. */
export default async function InboxPage() {
  const { inbox, organizations, canManage } = await loadPage(async (ctx) => ({
    inbox: await listDirectRequests(ctx),
    organizations: await routingTargets(ctx),
    canManage: staffCan(ctx.actor.staffRoles, "dsr.manage"),
  }));
  return (
    <div className="space-y-6">
      <p className="text-sm">
        <Link href="/admin/requests" className="text-brand-700 underline">
          {M.back}
        </Link>
      </p>
      <PageHeader title={M.title} description={M.description} />
      <TimesInNote />
      <section aria-labelledby="waiting-heading" className="space-y-4">
        <h2 id="waiting-heading" className="text-lg font-semibold">
          {M.waitingCaption}
        </h2>
        {inbox.waiting.length === 0 && (
          <EmptyState title={M.emptyTitle} description={M.empty} headingLevel={3} />
        )}
        {inbox.waiting.map((message) => (
          <Card key={message.id} title={`${DSR_TYPE_LABELS[message.type].en} request`} headingLevel={3}>
            <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
              <DefinitionList
                items={[
                  { term: M.received, description: <DateTime value={message.receivedAt} /> },
                  {
                    term: M.from,
                    description: (
                      <span>
                        <UserText>{message.name}</UserText> &lt;<UserText>{message.email}</UserText>&gt;
                      </span>
                    ),
                  },
                  { term: M.company, description: <UserText>{message.company}</UserText> },
                  { term: M.type, description: DSR_TYPE_LABELS[message.type].en },
                  { term: M.language, description: message.locale },
                  message.message !== "" && {
                    term: M.message,
                    description: <span className="whitespace-pre-line">{message.message}</span>,
                  },
                ]}
              />
              {canManage && (
                <div className="space-y-6">
                  <RouteForm id={message.id} organizations={organizations} />
                  <CloseForm id={message.id} />
                </div>
              )}
            </div>
          </Card>
        ))}
      </section>
      <DataTable
        caption={M.handledCaption}
        rows={inbox.handled}
        rowKey={(m) => m.id}
        empty={{ title: M.handledCaption, description: "—" }}
        columns={[
          { header: M.received, rowHeader: true, cell: (m) => <DateTime value={m.receivedAt} /> },
          {
            header: M.company,
            cell: (m) =>
              m.contentPurgedAt ? (
                <span className="text-gray-600">{M.contentPurged}</span>
              ) : (
                <UserText>{m.company}</UserText>
              ),
          },
          { header: M.type, cell: (m) => DSR_TYPE_LABELS[m.type].en },
          {
            header: M.outcome,
            cell: (m) =>
              m.routedTo ? (
                <Link className="text-brand-700 underline" href={`/admin/requests/${m.routedTo.requestId}`}>
                  {M.routedTo(m.routedTo.reference, m.routedTo.organization)}
                </Link>
              ) : (
                <span className="whitespace-pre-line">{M.closedBecause(m.closedReason ?? "")}</span>
              ),
          },
        ]}
      />
    </div>
  );
}
