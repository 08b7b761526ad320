import type { Metadata } from "next";
import Link from "next/link";
import { Badge, Card, DataTable, DateTime, DefinitionList, PageHeader, UserText } from "@/app/_ui";
import { closureForStaff } from "@/lib/account-closure/staff-detail";
import { staffCan } from "@/lib/auth/authorization/permissions";
import { loadPage } from "@/lib/http/page";
import { CLOSURES_MESSAGES as M } from "../messages";
import { AskAgainForm } from "./ask-again-form";
import { ConfirmSystemForm } from "./confirm-system-form";

export const metadata: Metadata = { title: M.title };

/** One account closure: its dates and each system's part, with the manual systems staff must record. */
export default async function ClosurePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { closure, mayManage } = await loadPage(async (ctx) => ({
    closure: await closureForStaff(ctx, id),
    mayManage: staffCan(ctx.actor.staffRoles, "admin.organizations.manage"),
  }));
  const time = (value: Date | null) => (value ? <DateTime value={value} /> : "—");
  const awaiting = closure.systems.filter((s) => s.awaitingStaff);
  return (
    <div className="space-y-6">
      <p className="text-sm">
        <Link className="underline" href="/admin/closures">
          {M.back}
        </Link>
      </p>
      <PageHeader
        title={`${closure.organizationName} · ${closure.reference}`}
        description={M.detailDescription}
      />
      <Card title={closure.organizationSlug}>
        <DefinitionList
          items={[
            { term: M.facts.status, description: M.statuses[closure.status] },
            { term: M.facts.choice, description: M.choices[closure.choice] },
            {
              term: M.facts.requested,
              description: (
                <>
                  {time(closure.requestedAt)} · <UserText>{closure.requestedByName}</UserText>
                </>
              ),
            },
            { term: M.facts.deleteAfter, description: time(closure.deleteAfter) },
            { term: M.facts.deleteBy, description: time(closure.deleteBy) },
            { term: M.facts.started, description: time(closure.startedAt) },
            { term: M.facts.completed, description: time(closure.completedAt) },
            closure.heldByReference !== null && {
              term: M.status,
              description: M.heldBy(closure.heldByReference),
            },
            closure.lastError !== null && { term: M.status, description: M.lastError(closure.lastError) },
            closure.certificateSha256 !== null && {
              term: M.facts.certificate,
              description: <span className="font-mono text-xs break-all">{closure.certificateSha256}</span>,
            },
          ]}
        />
      </Card>
      <DataTable
        caption={M.systemsCaption}
        rows={closure.systems}
        rowKey={(s) => s.id}
        rowTestId="closure-system-row"
        empty={M.systemsEmpty}
        columns={[
          {
            header: M.system,
            rowHeader: true,
            cell: (s) => (
              <span className="space-y-1">
                <span className="block font-medium">
                  <UserText>{s.systemName}</UserText>
                </span>
                <span className="block font-mono text-xs">
                  {s.systemKey} · {s.connector.toLowerCase()}
                </span>
              </span>
            ),
          },
          {
            header: M.answer,
            cell: (s) =>
              s.awaitingStaff ? (
                <Badge tone="warning">{M.awaiting}</Badge>
              ) : (
                <Badge tone={s.status === "DONE" ? "success" : s.status === "FAILED" ? "danger" : "info"}>
                  {M.systemStatuses[s.status]}
                </Badge>
              ),
          },
          { header: M.recordsRemoved, cell: (s) => (s.records === null ? "" : String(s.records)) },
          { header: M.attempts, cell: (s) => (s.connector === "WEBHOOK" ? String(s.attempts) : "") },
          { header: M.answered, cell: (s) => time(s.answeredAt) },
          {
            header: M.details,
            cell: (s) => (
              <span className="space-y-1 text-xs break-words">
                {s.confirmedByName && (
                  <span className="block">
                    {M.recordedBy}
                    <UserText>{s.confirmedByName}</UserText>
                  </span>
                )}
                {s.status === "DONE" && s.evidence && (
                  <span className="block">
                    <UserText>{s.evidence}</UserText>
                  </span>
                )}
                {s.ground && (
                  <span className="block">
                    <UserText>{s.ground}</UserText>
                  </span>
                )}
                {s.error && (
                  <span className="block text-danger-700">
                    <UserText>{s.error}</UserText>
                  </span>
                )}
                {mayManage && s.mayAskAgain && (
                  <AskAgainForm closureId={closure.id} systemId={s.id} systemName={s.systemName} />
                )}
              </span>
            ),
          },
        ]}
      />
      {mayManage &&
        awaiting.map((s) => (
          <ConfirmSystemForm key={s.id} closureId={closure.id} systemId={s.id} systemName={s.systemName} />
        ))}
    </div>
  );
}
