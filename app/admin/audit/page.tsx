import type { Metadata } from "next";
import { Alert, DataTable, DateTime, PageHeader, UserText } from "@/app/_ui";
import { providerAuditLog } from "@/lib/audit/provider-log";
import { loadPage } from "@/lib/http/page";
import { AUDIT_PAGE_MESSAGES } from "./messages";
import { VerifyForm } from "./verify-form";

export const metadata: Metadata = { title: "Audit log" };

export default async function AuditPage() {
  const { events, verification, unverifiedEvents } = await loadPage((ctx) => providerAuditLog(ctx));
  return (
    <div className="space-y-6">
      <PageHeader
        title="Audit log"
        description="The provider's append-only, hash-chained record of security and compliance actions."
      />
      <section aria-label="Verification" className="space-y-3">
        {verification === null ? (
          <Alert tone="info">
            Not verified yet. The chain is verified in the background every few minutes, or now.
          </Alert>
        ) : verification.ok ? (
          <Alert tone="success">
            Chain verified: all {verification.seq} events are intact. Checked{" "}
            <DateTime value={verification.verifiedAt} />
            {verification.fullyVerifiedAt && (
              <>
                ; last check from the first event <DateTime value={verification.fullyVerifiedAt} />
              </>
            )}
            .{unverifiedEvents > 0 && <> {AUDIT_PAGE_MESSAGES.unverified(unverifiedEvents)}</>}
          </Alert>
        ) : (
          <Alert tone="danger" title="The audit chain does not verify">
            {verification.brokenEventId ? `Event ${verification.brokenEventId} ` : "Event "}(#
            {verification.brokenSeq}): {verification.reason}. Found{" "}
            <DateTime value={verification.verifiedAt} />.
          </Alert>
        )}
        <VerifyForm />
      </section>
      <DataTable
        caption="Latest audit events"
        hideCaption
        rows={events}
        rowKey={(e) => e.id}
        columns={[
          { header: "#", cell: (e) => e.seq },
          { header: "Time", cell: (e) => <DateTime value={e.createdAt} /> },
          { header: "Actor", cell: (e) => <UserText>{e.actorLabel}</UserText> },
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
