import type { Metadata } from "next";
import { Alert, DataTable, DateTime, PageHeader } from "@/app/_ui";
import { providerAuditLog } from "@/lib/audit/provider-log";
import { loadPage } from "@/lib/http/page";

export const metadata: Metadata = { title: "Audit log" };

export default async function AuditPage() {
  const { events, verification } = await loadPage((ctx) => providerAuditLog(ctx));
  return (
    <div className="space-y-6">
      <PageHeader
        title="Audit log"
        description="The provider's append-only, hash-chained record of security and compliance actions."
      />
      {verification.ok ? (
        <Alert tone="success">Chain verified: all {verification.events} events are intact.</Alert>
      ) : (
        <Alert tone="danger" title="The audit chain does not verify">
          Event {verification.brokenEventId} (#{verification.brokenSeq}): {verification.reason}
        </Alert>
      )}
      <DataTable
        caption="Latest audit events"
        hideCaption
        rows={events}
        rowKey={(e) => e.id}
        columns={[
          { header: "#", cell: (e) => e.seq },
          { header: "Time", cell: (e) => <DateTime value={e.createdAt} /> },
          { header: "Actor", cell: (e) => e.actorLabel },
          { header: "Action", cell: (e) => e.action, className: "font-mono text-sm" },
          { header: "Target", cell: (e) => e.target ?? "—", className: "font-mono text-xs" },
          { header: "IP", cell: (e) => e.ip ?? "—" },
        ]}
        empty={{
          title: "No events yet",
          description: "Sign-ins, administrative and compliance actions are recorded here.",
        }}
        headingLevel={2}
      />
    </div>
  );
}
