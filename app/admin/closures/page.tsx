import type { Metadata } from "next";
import Link from "next/link";
import { Badge, DataTable, DateTime, PageHeader, UserText } from "@/app/_ui";
import type { BadgeTone } from "@/app/_ui/badge";
import { listClosures } from "@/lib/account-closure/staff-list";
import { staffCan } from "@/lib/auth/authorization/permissions";
import type { AccountClosureStatus } from "@/lib/generated/prisma/enums";
import { loadPage } from "@/lib/http/page";
import { CLOSURES_MESSAGES as M } from "./messages";
import { RunClosuresNowForm } from "./run-now-form";

export const metadata: Metadata = { title: M.title };

const TONES: Record<AccountClosureStatus, BadgeTone> = {
  SCHEDULED: "warning",
  HELD: "info",
  DELETING: "danger",
  COMPLETED: "success",
  CANCELLED: "neutral",
};

/** Every account closure with its dates (in progress first) and, once done, its signed certificate. */
export default async function ClosuresPage() {
  const { rows, mayRun } = await loadPage(async (ctx) => ({
    rows: await listClosures(ctx),
    mayRun: staffCan(ctx.actor.staffRoles, "admin.organizations.manage"),
  }));
  const time = (value: Date) => <DateTime value={value} />;
  return (
    <div className="space-y-6">
      <PageHeader title={M.title} description={M.description} actions={mayRun && <RunClosuresNowForm />} />
      <DataTable
        caption={M.caption}
        hideCaption
        rows={rows}
        rowKey={(c) => c.id}
        rowTestId="closure-row"
        empty={M.empty}
        columns={[
          {
            header: M.organisation,
            rowHeader: true,
            cell: (c) => (
              <span className="space-y-1">
                <Link className="block font-medium underline" href={`/admin/closures/${c.id}`}>
                  <UserText>{c.organizationName}</UserText>
                </Link>
                <span className="block font-mono text-xs">
                  {c.organizationSlug} · {c.reference}
                </span>
              </span>
            ),
          },
          {
            header: M.status,
            cell: (c) => (
              <span className="space-y-1">
                <Badge tone={TONES[c.status]}>{M.statuses[c.status]}</Badge>
                {c.status === "HELD" && c.heldBy && (
                  <span className="block text-xs">{M.heldBy(c.heldBy)}</span>
                )}
                {c.systems.awaitingStaff > 0 && (
                  <span className="block text-xs font-medium text-warning-800">
                    {M.awaitingStaff(c.systems.awaitingStaff)}
                  </span>
                )}
                {c.lastError && c.status === "DELETING" && (
                  <span className="block text-xs break-words text-danger-700">
                    {M.lastError(c.lastError)}
                  </span>
                )}
              </span>
            ),
          },
          { header: M.choice, cell: (c) => M.choices[c.choice] },
          { header: M.requested, cell: (c) => time(c.requestedAt) },
          { header: M.deleteAfter, cell: (c) => time(c.deleteAfter) },
          { header: M.deleteBy, cell: (c) => time(c.deleteBy) },
          { header: M.completed, cell: (c) => (c.completedAt ? time(c.completedAt) : "") },
          {
            header: M.systems,
            cell: (c) => (c.systems.total === 0 ? "" : `${c.systems.answered} / ${c.systems.total}`),
          },
        ]}
        rowActions={(c) =>
          c.hasCertificate ? (
            <span className="flex gap-3">
              <Link className="font-medium underline" href={`/admin/closures/${c.id}/certificate?format=pdf`}>
                {M.pdf}
              </Link>
              <Link
                className="font-medium underline"
                href={`/admin/closures/${c.id}/certificate?format=json`}
              >
                {M.json}
              </Link>
            </span>
          ) : null
        }
        actionsLabel={M.certificate}
      />
    </div>
  );
}
