import type { Metadata } from "next";
import Link from "next/link";
import { Badge, Card, DataTable, PageHeader } from "@/app/_ui";
import type { BadgeTone } from "@/app/_ui/badge";
import { loadPage } from "@/lib/http/page";
import { formatCalendarDate } from "@/lib/i18n/format";
import { localize } from "@/lib/i18n/text";
import { OBJECTION_OUTCOME_LABELS } from "@/lib/subprocessor-notices/messages";
import { noticeMatrix, type MatrixState } from "@/lib/subprocessor-notices/staff-matrix";
import { CHANGE_TYPE_LABEL } from "@/lib/trust/subprocessors/messages";
import { NOTICE_MATRIX_MESSAGES as M } from "./messages";
import { RunCheckForm } from "./run-check-form";

export const metadata: Metadata = { title: "Customer notices" };

const TONES: Record<MatrixState, BadgeTone> = {
  notified: "neutral",
  delivered: "info",
  bounced: "danger",
  objected: "warning",
  accepted: "success",
  deemed_accepted: "success",
  refused: "danger",
  approved: "success",
};

/** GDPR.md C2: each change × each organisation, with delivery failures (trust.subprocessors.manage). */
export default async function NoticeMatrixPage() {
  const matrix = await loadPage((ctx) => noticeMatrix(ctx));
  const failures = matrix.changes.flatMap((c) =>
    matrix.organizations.flatMap((o) =>
      (c.cells[o.id]?.delivery.failures ?? []).map((f) => ({ change: c, organization: o, ...f })),
    ),
  );
  return (
    <div className="space-y-6">
      <PageHeader
        title={M.title}
        description={
          <>
            {M.description}{" "}
            <Link href="/admin/trust/subprocessors" className="underline">
              {M.back}
            </Link>
            {" · "}
            <Link href="/admin/trust/subprocessors/objections" className="underline">
              {M.objections}
            </Link>
          </>
        }
      />
      <Card>
        <RunCheckForm />
      </Card>
      <Card title={M.title}>
        <DataTable
          caption={M.title}
          hideCaption
          rows={matrix.organizations}
          rowKey={(o) => o.id}
          empty={{ title: M.empty, description: "" }}
          columns={[
            {
              header: M.organization,
              rowHeader: true,
              cell: (o) => <span data-testid="matrix-organization">{o.name}</span>,
            },
            ...matrix.changes.map((c) => ({
              header: `${CHANGE_TYPE_LABEL.en[c.type]}: ${c.subprocessor} (${formatCalendarDate("en", c.effectiveDate)})`,
              cell: (o: (typeof matrix.organizations)[number]) => {
                const cell = c.cells[o.id];
                if (!cell) return "—";
                return (
                  <span>
                    <Badge tone={TONES[cell.state]}>{M.states[cell.state]}</Badge>
                    {cell.outcome && (
                      <span className="block text-xs text-gray-600">
                        {localize(OBJECTION_OUTCOME_LABELS[cell.outcome])}
                      </span>
                    )}
                    {cell.windowEndsAt ? (
                      <span className="block text-xs text-gray-600">
                        {M.windowEnds(formatCalendarDate("en", cell.windowEndsAt))}
                      </span>
                    ) : (
                      cell.awaitsDelivery && (
                        <span className="block text-xs text-gray-600">{M.windowAwaitsDelivery}</span>
                      )
                    )}
                    {cell.delivery.failures.length > 0 && (
                      <span className="block text-xs text-red-700">
                        {M.failed(cell.delivery.failures.length, cell.recipients)}
                      </span>
                    )}
                  </span>
                );
              },
            })),
          ]}
        />
      </Card>
      <Card title={M.failures}>
        <DataTable
          caption={M.failures}
          hideCaption
          rows={failures}
          rowKey={(f) => `${f.change.id}:${f.organization.id}:${f.address}`}
          empty={{ title: M.failuresEmpty, description: "" }}
          columns={[
            { header: "Customer", rowHeader: true, cell: (f) => f.organization.name },
            { header: "Change", cell: (f) => f.change.subprocessor },
            { header: "Address", cell: (f) => <span className="[overflow-wrap:anywhere]">{f.address}</span> },
            {
              header: "Mail server's answer",
              cell: (f) => <span className="[overflow-wrap:anywhere]">{f.reason}</span>,
            },
          ]}
        />
      </Card>
    </div>
  );
}
