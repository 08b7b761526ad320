import type { Metadata } from "next";
import { ActionButton } from "@/app/_components/action-button";
import { Card, DataTable, DateTime, DefinitionList, EmptyState, PageHeader, UserText } from "@/app/_ui";
import { withoutBidiControls } from "@/lib/text/bidi";
import { loadPage } from "@/lib/http/page";
import {
  listAccessRequests,
  listApprovedGrants,
  type AccessRequestView,
} from "@/lib/trust/access-requests/review";
import { AccessNav } from "./access-nav";
import { revokeGrantAction } from "./actions";
import { ApproveForm, DenyForm } from "./decision-forms";
import { GrantStateBadge } from "./grant-state-badge";
import { ACCESS_CONSOLE_MESSAGES } from "./messages";

export const metadata: Metadata = { title: "Access requests" };

export default async function AccessRequestsPage() {
  const [{ pending, decided }, grants] = await loadPage((ctx) =>
    Promise.all([listAccessRequests(ctx), listApprovedGrants(ctx)]),
  );
  return (
    <div>
      <PageHeader
        title="Access requests"
        description="Requests for documents under NDA. Decide each document on its own; the requester is emailed every decision, approvals with their personal download link."
      />
      <AccessNav current="requests" />
      <div className="space-y-6">
        <section aria-labelledby="pending-heading" className="space-y-4">
          <h2 id="pending-heading" className="text-lg font-semibold">
            Waiting for review ({pending.length})
          </h2>
          {pending.length === 0 ? (
            <EmptyState
              headingLevel={3}
              title="Nothing waits for review"
              description="New requests appear here, oldest first. Rules decide some at once; see Rules."
            />
          ) : (
            pending.map((request) => <PendingRequest key={request.id} request={request} />)
          )}
        </section>

        <Card title="Approved grants">
          <DataTable
            caption="Approved grants, valid ones first"
            hideCaption
            rows={grants}
            rowKey={(g) => g.id}
            empty={{
              title: "No approved grants",
              description: "Approved documents appear here with their expiry, so you can revoke them.",
            }}
            columns={[
              {
                header: "Requester",
                cell: (g) => (
                  <>
                    <UserText>{g.requester}</UserText>{" "}
                    <span className="block text-gray-600">
                      <UserText>{g.email}</UserText> · <UserText>{g.company}</UserText>
                    </span>
                  </>
                ),
              },
              { header: "Document", cell: (g) => g.documentTitle },
              {
                header: "State",
                cell: (g) => (
                  <>
                    <GrantStateBadge state={g.state} expiresAt={g.expiresAt} />
                    {g.revokedAt && (
                      <span className="block text-xs text-gray-600">
                        revoked <DateTime value={g.revokedAt} />
                      </span>
                    )}
                  </>
                ),
              },
              { header: "Approved", cell: (g) => (g.decidedAt ? <DateTime value={g.decidedAt} /> : "—") },
            ]}
            rowActions={(g) =>
              g.state === "approved" && (
                <ActionButton
                  action={revokeGrantAction}
                  fields={{ grantId: g.id }}
                  label="Revoke"
                  variant="danger"
                  pendingLabel="Revoking…"
                />
              )
            }
          />
        </Card>

        <Card title="Decided requests">
          <DataTable
            caption="Decided requests, newest first"
            hideCaption
            rows={decided}
            rowKey={(r) => r.id}
            empty={{
              title: "No decided requests yet",
              description: "Requests move here once every requested document is approved or denied.",
            }}
            columns={[
              {
                header: "Requester",
                cell: (r) => (
                  <>
                    <UserText>{r.name}</UserText>{" "}
                    <span className="block text-gray-600">
                      <UserText>{r.email}</UserText> · <UserText>{r.company}</UserText>
                    </span>
                    <span className="block font-mono text-xs text-gray-600">{r.reference}</span>
                  </>
                ),
              },
              {
                header: "Requested",
                cell: (r) => (
                  <>
                    <DateTime value={r.createdAt} />
                    <span className="block text-xs text-gray-600">IP {r.ip ?? "unknown"}</span>
                  </>
                ),
              },
              {
                header: "NDA",
                cell: (r) => (
                  <>
                    v{r.nda.version} ({r.nda.locale})
                    <span className="block font-mono text-xs text-gray-600" title={r.nda.hash}>
                      {r.nda.hash.slice(0, 12)}…
                    </span>
                  </>
                ),
              },
              {
                header: "Documents",
                cell: (r) => (
                  <ul className="space-y-1">
                    {r.grants.map((g) => (
                      <li key={g.id}>
                        {g.documentTitle}: <GrantStateBadge state={g.state} expiresAt={g.expiresAt} />
                        <span className="block text-xs text-gray-600">
                          {g.decidedBy && <>by {ACCESS_CONSOLE_MESSAGES.decidedBy(g.decidedBy)}</>}
                          {g.reason && <> · “{g.reason}”</>}
                        </span>
                      </li>
                    ))}
                  </ul>
                ),
              },
            ]}
          />
        </Card>
      </div>
    </div>
  );
}

function PendingRequest({ request }: { request: AccessRequestView }) {
  return (
    <Card title={withoutBidiControls(`${request.name} (${request.company})`)} headingLevel={3}>
      <DefinitionList
        items={[
          {
            term: "Reference",
            description: <span className="font-mono">{request.reference}</span>,
          },
          { term: "Email", description: request.email },
          {
            term: "Reason",
            description: (
              <span className="whitespace-pre-line" dir="auto">
                {request.reason}
              </span>
            ),
          },
          {
            term: "Requested",
            description: (
              <>
                <DateTime value={request.createdAt} /> from IP {request.ip ?? "unknown"}
                {request.userAgent && (
                  <span className="block text-xs text-gray-600">{request.userAgent}</span>
                )}
              </>
            ),
          },
          {
            term: "NDA accepted",
            description: (
              <>
                Version {request.nda.version} ({request.nda.locale}) by typing “
                <UserText>{request.nda.typedName}</UserText>” at <DateTime value={request.nda.acceptedAt} />
                <span className="block break-all font-mono text-xs text-gray-600">
                  SHA-256 {request.nda.hash}
                </span>
              </>
            ),
          },
        ]}
      />
      <ul className="mt-4 divide-y divide-gray-200 border-t border-gray-200">
        {request.grants.map((g) => (
          <li key={g.id} className="space-y-3 py-3">
            <p className="flex flex-wrap items-center gap-2 text-sm font-medium">
              {g.documentTitle} <GrantStateBadge state={g.state} expiresAt={g.expiresAt} />
              {g.decidedBy && (
                <span className="text-xs font-normal text-gray-600">
                  by {ACCESS_CONSOLE_MESSAGES.decidedBy(g.decidedBy)}
                </span>
              )}
            </p>
            {g.status === "PENDING" && g.state !== "withdrawn" && (
              <div className="grid gap-3 lg:grid-cols-2">
                <ApproveForm grantId={g.id} documentTitle={g.documentTitle} />
                <DenyForm grantId={g.id} documentTitle={g.documentTitle} />
              </div>
            )}
            {g.state === "withdrawn" && g.status === "PENDING" && (
              <DenyForm grantId={g.id} documentTitle={g.documentTitle} />
            )}
          </li>
        ))}
      </ul>
    </Card>
  );
}
