import type { Metadata } from "next";
import Link from "next/link";
import { Alert, Badge, Button, Card, DataTable, FormField, Input, PageHeader, Select } from "@/app/_ui";
import type { BadgeTone } from "@/app/_ui/badge";
import { loadPage } from "@/lib/http/page";
import { formatCalendarDate } from "@/lib/i18n/format";
import { localize } from "@/lib/i18n/text";
import {
  MATRIX_STATES,
  matrixFilterQuery,
  parseMatrixFilter,
  type MatrixFilter,
} from "@/lib/subprocessor-notices/matrix-filter";
import { OBJECTION_OUTCOME_LABELS, SUBPROCESSOR_NOTICE_ERRORS } from "@/lib/subprocessor-notices/messages";
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

/**
 * GDPR.md C2: each change × each organisation, with delivery failures (trust.subprocessors.manage). One
 * change or the latest six, filtered by state and customer name (GET parameters), downloadable as CSV.
 */
export default async function NoticeMatrixPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const parsed = parseMatrixFilter(await searchParams);
  const filter: MatrixFilter = parsed.ok ? parsed.filter : {};
  const matrix = await loadPage((ctx) => noticeMatrix(ctx, filter));
  const refusal = !parsed.ok
    ? localize(SUBPROCESSOR_NOTICE_ERRORS.matrixFilterInvalid(parsed.invalid))
    : matrix.unknownChange
      ? localize(SUBPROCESSOR_NOTICE_ERRORS.matrixUnknownChange)
      : null;
  const filtered = Boolean(filter.change || filter.state || filter.q);
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
      <form
        method="get"
        action="/admin/trust/subprocessors/notices"
        aria-label={M.filters}
        className="flex flex-wrap items-end gap-3"
      >
        <div className="w-full sm:w-96">
          <FormField label={M.changeField} id="matrix-change">
            <Select name="change" defaultValue={matrix.unknownChange ? "" : (filter.change ?? "")}>
              <option value="">{M.latestChanges}</option>
              {matrix.options.map((c) => (
                <option key={c.id} value={c.id}>
                  {`${CHANGE_TYPE_LABEL.en[c.type]}: ${c.subprocessor} (${formatCalendarDate("en", c.effectiveDate)})`}
                </option>
              ))}
            </Select>
          </FormField>
        </div>
        <FormField label={M.stateField} id="matrix-state">
          <Select name="state" defaultValue={filter.state ?? ""}>
            <option value="">{M.anyState}</option>
            {MATRIX_STATES.map((state) => (
              <option key={state} value={state}>
                {M.states[state]}
              </option>
            ))}
          </Select>
        </FormField>
        <FormField label={M.nameField} id="matrix-q">
          <Input name="q" type="search" maxLength={100} defaultValue={filter.q ?? ""} />
        </FormField>
        <Button type="submit" variant="secondary">
          {M.show}
        </Button>
        {(filtered || refusal) && (
          <Link href="/admin/trust/subprocessors/notices" className="py-2 text-sm text-brand-700 underline">
            {M.clear}
          </Link>
        )}
        {!refusal && (
          <a
            href={`/admin/trust/subprocessors/notices/csv${matrixFilterQuery(filter)}`}
            className="py-2 text-sm font-medium text-brand-700 underline"
          >
            {M.download}
          </a>
        )}
      </form>
      {refusal && <Alert tone="danger">{refusal}</Alert>}
      {filter.state || filter.q ? <p className="text-sm text-gray-600">{M.filterNote}</p> : null}
      {!refusal && (
        <Card title={M.title}>
          <DataTable
            caption={M.title}
            hideCaption
            rows={matrix.organizations}
            rowKey={(o) => o.id}
            empty={{ title: filtered ? M.noneMatch : M.empty, description: "" }}
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
      )}
      {!refusal && (
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
              {
                header: "Address",
                cell: (f) => <span className="[overflow-wrap:anywhere]">{f.address}</span>,
              },
              {
                header: "Mail server's answer",
                cell: (f) => <span className="[overflow-wrap:anywhere]">{f.reason}</span>,
              },
            ]}
          />
        </Card>
      )}
    </div>
  );
}
