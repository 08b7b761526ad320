import Link from "next/link";
import { DsrDueDate, DsrProgressSummary, DsrStatusBadge } from "@/app/_components/dsr-display";
import { Badge, Button, ButtonLink, DataTable, DateTime, PageHeader, Select } from "@/app/_ui";
import { listRequests } from "@/lib/dsr/list";
import { DSR_STATUS_LABELS, DSR_TYPE_LABELS } from "@/lib/dsr/messages";
import { DSR_TYPES } from "@/lib/dsr/request-input";
import { DsrStatus, type DsrType } from "@/lib/generated/prisma/enums";
import { loadPage } from "@/lib/http/page";
import { localizedTitle } from "@/lib/http/page-title";
import { localize, type Text } from "@/lib/i18n/text";
import { REQUEST_LIST_MESSAGES as M } from "./messages";

export const generateMetadata = localizedTitle(M.title);

type Search = { status?: string; type?: string; after?: string };

const STATUSES = Object.values(DsrStatus);
const one = (value: unknown) => (typeof value === "string" ? value : undefined);

/** Every request with its deadlines and progress, filterable by status and type (a plain GET form). */
export default async function RequestsPage({
  params,
  searchParams,
}: {
  params: Promise<{ org: string }>;
  searchParams: Promise<Search>;
}) {
  const { org } = await params;
  const search = await searchParams;
  const status = STATUSES.find((s) => s === one(search.status));
  const type = DSR_TYPES.find((s) => s === one(search.type)) as DsrType | undefined;
  const after = one(search.after)?.slice(0, 64);
  const { list, locale } = await loadPage(async (ctx) => ({
    list: await listRequests(ctx, org, { status, type, cursor: after }),
    locale: ctx.locale,
  }));
  const t = (text: Text) => localize(text, locale);
  const base = `/portal/${list.organization.slug}/requests`;
  const filtered = Boolean(status || type);
  const zone = list.organization.timeZone;
  const next = new URLSearchParams({ ...(status ? { status } : {}), ...(type ? { type } : {}) });
  if (list.nextCursor) next.set("after", list.nextCursor);
  return (
    <div className="space-y-6">
      <PageHeader
        title={t(M.title)}
        description={t(M.description)}
        actions={
          list.canManage && (
            <>
              <ButtonLink href={`${base}/new`} size="sm">
                {t(M.newRequest)}
              </ButtonLink>
              <ButtonLink href={`${base}/import`} size="sm" variant="secondary">
                {t(M.importCsv)}
              </ButtonLink>
            </>
          )
        }
      />
      <form method="get" action={base} aria-label={t(M.filters)} className="flex flex-wrap items-end gap-3">
        <label className="space-y-1.5 text-sm font-medium text-gray-900">
          <span className="block">{t(M.status)}</span>
          <Select name="status" defaultValue={status ?? ""} className="w-auto">
            <option value="">{t(M.any)}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(DSR_STATUS_LABELS[s])}
              </option>
            ))}
          </Select>
        </label>
        <label className="space-y-1.5 text-sm font-medium text-gray-900">
          <span className="block">{t(M.type)}</span>
          <Select name="type" defaultValue={type ?? ""} className="w-auto">
            <option value="">{t(M.any)}</option>
            {DSR_TYPES.map((s) => (
              <option key={s} value={s}>
                {t(DSR_TYPE_LABELS[s])}
              </option>
            ))}
          </Select>
        </label>
        <Button type="submit" variant="secondary">
          {t(M.apply)}
        </Button>
        {filtered && (
          <Link href={base} className="py-2 text-sm text-brand-700 underline">
            {t(M.clear)}
          </Link>
        )}
      </form>
      <p className="text-sm text-gray-700">{t(M.timesIn(zone))}</p>
      <DataTable
        caption={t(M.caption)}
        hideCaption
        headingLevel={2}
        rows={list.requests}
        rowKey={(r) => r.id}
        empty={
          filtered
            ? { title: t(M.noneMatchTitle), description: t(M.noneMatch) }
            : {
                title: t(M.emptyTitle),
                description: list.canManage ? t(M.emptyManage) : t(M.emptyRead),
                action: list.canManage && (
                  <ButtonLink href={`${base}/new`} size="sm">
                    {t(M.newRequest)}
                  </ButtonLink>
                ),
              }
        }
        columns={[
          {
            header: t(M.reference),
            rowHeader: true,
            cell: (r) => (
              <span className="inline-flex flex-wrap items-center gap-1.5">
                <Link
                  className="font-medium whitespace-nowrap text-brand-700 underline"
                  href={`${base}/${r.id}`}
                >
                  {r.reference}
                </Link>
                {r.extended && <Badge tone="neutral">{t(M.extended)}</Badge>}
              </span>
            ),
          },
          { header: t(M.type), cell: (r) => t(DSR_TYPE_LABELS[r.type]) },
          { header: t(M.status), cell: (r) => <DsrStatusBadge status={r.status} locale={locale} /> },
          {
            header: t(M.received),
            cell: (r) => <DateTime value={r.receivedAt} locale={locale} />,
          },
          {
            header: t(M.legalDue),
            cell: (r) => (
              <DsrDueDate at={r.legalDueAt} timeZone={zone} overdue={r.legalOverdue} locale={locale} />
            ),
          },
          {
            header: t(M.processorDue),
            cell: (r) =>
              r.status === "FORWARDED" ? (
                "—"
              ) : (
                <DsrDueDate
                  at={r.processorDueAt}
                  timeZone={zone}
                  overdue={r.processorOverdue}
                  locale={locale}
                />
              ),
          },
          {
            header: t(M.progress),
            cell: (r) =>
              r.status === "FORWARDED" ? "—" : <DsrProgressSummary progress={r.progress} locale={locale} />,
          },
        ]}
      />
      {list.nextCursor && (
        <p>
          <Link className="text-sm font-medium text-brand-700 underline" href={`${base}?${next.toString()}`}>
            {t(M.nextPage)}
          </Link>
        </p>
      )}
    </div>
  );
}
