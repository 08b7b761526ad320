import type { Metadata } from "next";
import Link from "next/link";
import { DsrDueDate, DsrProgressSummary, DsrStatusBadge } from "@/app/_components/dsr-display";
import { TimesInNote } from "@/app/_components/times-in-note";
import { Button, DataTable, PageHeader, Select } from "@/app/_ui";
import { countWaitingDirectRequests } from "@/lib/dsr/direct/staff";
import { DSR_STATUS_LABELS, DSR_TYPE_LABELS } from "@/lib/dsr/messages";
import { DSR_TYPES } from "@/lib/dsr/request-input";
import { listQueue, QUEUE_LIMIT, queueOrganizations } from "@/lib/dsr/staff/queue";
import { OPEN_STATUSES } from "@/lib/dsr/statuses";
import type { DsrStatus, DsrType } from "@/lib/generated/prisma/enums";
import { loadPage } from "@/lib/http/page";
import { QUEUE_MESSAGES as M } from "./messages";

export const metadata: Metadata = { title: "Data-subject requests" };

type Search = { organization?: string; status?: string; type?: string; assignee?: string };
const one = (value: unknown) => (typeof value === "string" && value !== "" ? value.slice(0, 64) : undefined);

export default async function RequestQueuePage({ searchParams }: { searchParams: Promise<Search> }) {
  const search = await searchParams;
  const status = OPEN_STATUSES.find((s) => s === one(search.status)) as DsrStatus | undefined;
  const type = DSR_TYPES.find((s) => s === one(search.type)) as DsrType | undefined;
  const organizationId = one(search.organization);
  const assignee = one(search.assignee);
  const { queue, organizations, waiting } = await loadPage(async (ctx) => ({
    queue: await listQueue(ctx, { organizationId, status, type, assignee }),
    organizations: await queueOrganizations(ctx),
    waiting: await countWaitingDirectRequests(ctx),
  }));
  const filtered = Boolean(status || type || organizationId || assignee);
  return (
    <div className="space-y-6">
      <PageHeader
        title={M.title}
        description={M.description}
        actions={
          <Link className="text-sm font-medium text-brand-700 underline" href="/admin/requests/inbox">
            {M.inbox(waiting)}
          </Link>
        }
      />
      <form
        method="get"
        action="/admin/requests"
        aria-label={M.filters}
        className="flex flex-wrap items-end gap-3"
      >
        <Filter label={M.organization} name="organization" value={organizationId}>
          {organizations.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </Filter>
        <Filter label={M.status} name="status" value={status}>
          {OPEN_STATUSES.map((s) => (
            <option key={s} value={s}>
              {DSR_STATUS_LABELS[s].en}
            </option>
          ))}
        </Filter>
        <Filter label={M.type} name="type" value={type}>
          {DSR_TYPES.map((s) => (
            <option key={s} value={s}>
              {DSR_TYPE_LABELS[s].en}
            </option>
          ))}
        </Filter>
        <Filter label={M.assignee} name="assignee" value={assignee}>
          <option value="me">{M.me}</option>
          <option value="unassigned">{M.unassigned}</option>
        </Filter>
        <Button type="submit" variant="secondary">
          {M.show}
        </Button>
        {filtered && (
          <Link href="/admin/requests" className="py-2 text-sm text-brand-700 underline">
            {M.clear}
          </Link>
        )}
      </form>
      <TimesInNote>{M.zones}</TimesInNote>
      <DataTable
        caption={M.caption}
        hideCaption
        headingLevel={2}
        rows={queue.rows}
        rowKey={(r) => r.id}
        empty={
          filtered
            ? { title: M.emptyTitle, description: M.noneMatch }
            : { title: M.emptyTitle, description: M.empty }
        }
        columns={[
          {
            header: M.processorDue,
            cell: (r) =>
              r.status === "FORWARDED" ? (
                "—"
              ) : (
                <DsrDueDate
                  at={r.processorDueAt}
                  timeZone={r.organization.timeZone}
                  overdue={r.processorOverdue}
                  locale="en"
                />
              ),
          },
          {
            header: M.reference,
            rowHeader: true,
            cell: (r) => (
              <Link
                className="font-medium whitespace-nowrap text-brand-700 underline"
                href={`/admin/requests/${r.id}`}
              >
                {r.reference}
              </Link>
            ),
          },
          { header: M.organization, cell: (r) => r.organization.name },
          { header: M.type, cell: (r) => DSR_TYPE_LABELS[r.type].en },
          { header: M.status, cell: (r) => <DsrStatusBadge status={r.status} locale="en" /> },
          {
            header: M.legalDue,
            cell: (r) => (
              <DsrDueDate
                at={r.legalDueAt}
                timeZone={r.organization.timeZone}
                overdue={r.legalOverdue}
                locale="en"
              />
            ),
          },
          {
            header: M.assignee,
            cell: (r) => r.assignee?.name ?? <span className="text-gray-600">{M.unassigned}</span>,
          },
          {
            header: M.progress,
            cell: (r) =>
              r.status === "FORWARDED" ? "—" : <DsrProgressSummary progress={r.progress} locale="en" />,
          },
        ]}
      />
      {queue.truncated && <p className="text-sm text-gray-700">{M.truncated(QUEUE_LIMIT)}</p>}
    </div>
  );
}

function Filter({
  label,
  name,
  value,
  children,
}: {
  label: string;
  name: string;
  value: string | undefined;
  children: React.ReactNode;
}) {
  return (
    <label className="space-y-1.5 text-sm font-medium text-gray-900">
      <span className="block">{label}</span>
      <Select name={name} defaultValue={value ?? ""} className="w-auto max-w-56">
        <option value="">{M.any}</option>
        {children}
      </Select>
    </label>
  );
}
