import type { Metadata } from "next";
import Link from "next/link";
import { AuditDownloads } from "@/app/_components/audit-log/downloads";
import { AuditPager } from "@/app/_components/audit-log/pager";
import { Alert, DataTable, DateTime, PageHeader, UserText } from "@/app/_ui";
import { auditLogSearchParams, isFiltered, parseAuditLogQuery } from "@/lib/audit/log-filter";
import { targetLine } from "@/lib/audit/log-targets";
import { providerAuditLog } from "@/lib/audit/provider-log";
import { loadPage } from "@/lib/http/page";
import { AuditFilterForm } from "./filter-form";
import { AUDIT_PAGE_MESSAGES as M } from "./messages";
import { VerifyForm } from "./verify-form";

export const metadata: Metadata = { title: "Audit log" };

export default async function AuditPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const { query, log } = await loadPage(async (ctx) => {
    const query = parseAuditLogQuery(params, ctx.timeZone);
    return { query, log: await providerAuditLog(ctx, { filter: query.filter, cursor: query.cursor }) };
  });
  const { filter, problems } = query;
  const { events, hasNewer, hasOlder, organization, organizations, verification, unverifiedEvents } = log;
  const filtered = isFiltered(filter);
  const actorHref = (actor: string) =>
    `/admin/audit?${auditLogSearchParams({ ...filter, actor }).toString()}`;
  return (
    <div className="space-y-6">
      <PageHeader
        title="Audit log"
        description="The provider's append-only, hash-chained record of security and compliance actions."
      />
      <AuditFilterForm filter={filter} problems={problems} organizations={organizations} />
      <section aria-label="Verification" className="space-y-3">
        <h2 className="text-lg font-semibold">{M.chainHeading(organization?.name ?? null)}</h2>
        {verification === null ? (
          <Alert tone="info">
            Not verified yet. The chain is verified in the background every few minutes
            {organization ? "" : ", or now"}.
          </Alert>
        ) : verification.ok ? (
          <Alert tone="success">
            Chain verified: all {verification.seq - (verification.prunedThrough ?? 0)} events are intact.
            Checked <DateTime value={verification.verifiedAt} />
            {verification.fullyVerifiedAt && (
              <>
                ; last check from the{" "}
                {verification.prunedThrough === null ? "first event" : "signed prune checkpoint"}{" "}
                <DateTime value={verification.fullyVerifiedAt} />
              </>
            )}
            .{unverifiedEvents > 0 && <> {M.unverified(unverifiedEvents)}</>}
            {verification.prunedThrough !== null && <> {M.pruned(verification.prunedThrough)}</>}
          </Alert>
        ) : (
          <Alert tone="danger" title="The audit chain does not verify">
            {verification.brokenEventId ? `Event ${verification.brokenEventId} ` : "Event "}(#
            {verification.brokenSeq}): {verification.reason}. Found{" "}
            <DateTime value={verification.verifiedAt} />.
          </Alert>
        )}
        {!organization && <VerifyForm />}
      </section>
      <section aria-label="Events" className="space-y-4">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <p className="text-sm text-gray-700" data-testid="audit-summary">
            {M.summary(events.length, filter.timeZone, filtered)}
          </p>
          <AuditDownloads exportPath="/admin/audit/export" labels={M.download} filter={filter} />
        </div>
        <DataTable
          caption={M.chainHeading(organization?.name ?? null)}
          hideCaption
          rows={events}
          rowKey={(e) => e.id}
          columns={[
            { header: M.columns.seq, cell: (e) => e.seq },
            {
              header: M.columns.time,
              cell: (e) => <DateTime value={e.createdAt} />,
              className: "whitespace-nowrap",
            },
            {
              header: M.columns.event,
              cell: (e) => (
                <span className="flex flex-col">
                  <span>{e.event}</span>
                  <code className="text-xs text-gray-600">{e.action}</code>
                </span>
              ),
            },
            {
              header: M.columns.actor,
              cell: (e) => (
                <Link
                  href={actorHref(e.actorLabel)}
                  title={M.actorFilterTitle(e.actorLabel)}
                  className="break-words text-brand-700 hover:underline max-sm:break-all"
                >
                  <UserText>{e.actorLabel}</UserText>
                </Link>
              ),
            },
            {
              header: M.columns.target,
              cell: (e) =>
                e.target ? (
                  <span className="break-words">
                    <UserText>{targetLine(e.target)}</UserText>
                  </span>
                ) : (
                  "—"
                ),
            },
            { header: M.columns.ip, cell: (e) => e.ip ?? "—", className: "whitespace-nowrap" },
          ]}
          empty={filtered ? M.emptyFiltered : M.empty}
          headingLevel={2}
        />
        <AuditPager
          basePath="/admin/audit"
          labels={M.pager}
          filter={filter}
          newestSeq={events[0]?.seq ?? null}
          oldestSeq={events.at(-1)?.seq ?? null}
          hasNewer={hasNewer}
          hasOlder={hasOlder}
        />
      </section>
    </div>
  );
}
