import Link from "next/link";
import { AuditDownloads } from "@/app/_components/audit-log/downloads";
import { AuditFilterForm } from "@/app/_components/audit-log/filter-form";
import { AuditPager } from "@/app/_components/audit-log/pager";
import { Alert, DataTable, DateTime, PageHeader, UserText } from "@/app/_ui";
import { auditEventGroups, PROVIDER_ONLY_AREAS } from "@/lib/audit/event-groups";
import type { AuditLogEntry } from "@/lib/audit/log-entry";
import {
  auditLogSearchParams,
  isFiltered,
  parseAuditLogQuery,
  PROVIDER_STAFF_ACTOR,
} from "@/lib/audit/log-filter";
import { targetLine } from "@/lib/audit/log-targets";
import { organizationAuditLog } from "@/lib/audit/organization-log";
import { loadPage } from "@/lib/http/page";
import { localizedTitle } from "@/lib/http/page-title";
import { localize, type Text } from "@/lib/i18n/text";
import { PORTAL_AUDIT_MESSAGES as M } from "./messages";
import { VerifyForm } from "./verify-form";

export const generateMetadata = localizedTitle(M.title);

/**
 * The organisation's own audit log (org.audit.view): who did what, when and from where, filtered by the
 * URL (a GET form, no scripts needed), downloadable as CSV or JSON, and verifiable on demand. The chain
 * is the organisation's, never a parameter; the page reads the last verification, it never recomputes
 * the chain (S24).
 */
export default async function PortalAuditPage({
  params,
  searchParams,
}: {
  params: Promise<{ org: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { org } = await params;
  const { org: _chain, ...search } = await searchParams;
  const { query, log, locale } = await loadPage(async (ctx) => {
    const query = parseAuditLogQuery(search, ctx.timeZone, ctx.locale);
    const log = await organizationAuditLog(ctx, org, { filter: query.filter, cursor: query.cursor });
    return { query, log, locale: ctx.locale };
  });
  const t = (text: Text) => localize(text, locale);
  const { filter, problems } = query;
  const { events, hasNewer, hasOlder, verification, unverifiedEvents, timeZone } = log;
  const shown = { ...filter, timeZone };
  const base = `/portal/${log.slug}/audit`;
  const filtered = isFiltered(filter);
  const actorHref = (e: AuditLogEntry) =>
    `${base}?${auditLogSearchParams({ ...filter, actor: e.byProviderStaff ? PROVIDER_STAFF_ACTOR : e.actorLabel }).toString()}`;
  const V = M.verification;
  return (
    <div className="space-y-6">
      <PageHeader title={t(M.title)} description={t(M.description)} />
      <AuditFilterForm
        basePath={base}
        labels={{
          legend: t(M.filters.legend),
          event: t(M.filters.event),
          allEvents: t(M.filters.allEvents),
          actor: t(M.filters.actor),
          actorHint: t(M.filters.actorHint),
          from: t(M.filters.from(timeZone)),
          to: t(M.filters.to(timeZone)),
          apply: t(M.filters.apply),
          clear: t(M.filters.clear),
        }}
        eventGroups={auditEventGroups(locale, PROVIDER_ONLY_AREAS)}
        filter={shown}
        problems={problems}
      />
      <section aria-label={t(V.label)} className="space-y-3">
        {verification === null ? (
          <Alert tone="info">{t(V.notYet)}</Alert>
        ) : verification.ok ? (
          <Alert tone="success">
            {t(V.intact(verification.seq - (verification.prunedThrough ?? 0)))}{" "}
            <DateTime value={verification.verifiedAt} locale={locale} />
            {verification.fullyVerifiedAt && (
              <>
                {t(verification.prunedThrough === null ? V.fully : V.fullyFromCheckpoint)}{" "}
                <DateTime value={verification.fullyVerifiedAt} locale={locale} />
              </>
            )}
            .{unverifiedEvents > 0 && <> {t(V.unverified(unverifiedEvents))}</>}
            {verification.prunedThrough !== null && <> {t(V.pruned(verification.prunedThrough))}</>}
          </Alert>
        ) : (
          <Alert tone="danger" title={t(V.brokenTitle)}>
            {t(V.broken(verification.brokenSeq))} <DateTime value={verification.verifiedAt} locale={locale} />
            .
          </Alert>
        )}
        <VerifyForm slug={log.slug} locale={locale} />
      </section>
      <section aria-label={t(M.caption)} className="space-y-4">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <p className="text-sm text-gray-700" data-testid="audit-summary">
            {t(M.summary(events.length, timeZone, filtered))}
          </p>
          <AuditDownloads
            exportPath={`${base}/export`}
            labels={{
              label: t(M.download.label),
              csv: t(M.download.csv),
              json: t(M.download.json),
              hint: t(M.download.hint),
            }}
            filter={shown}
          />
        </div>
        <DataTable
          caption={t(M.caption)}
          hideCaption
          rows={events}
          rowKey={(e) => e.id}
          columns={[
            { header: t(M.columns.seq), cell: (e) => e.seq },
            {
              header: t(M.columns.time),
              cell: (e) => <DateTime value={e.createdAt} locale={locale} />,
              className: "sm:whitespace-nowrap",
            },
            { header: t(M.columns.event), cell: (e) => e.event, rowHeader: true },
            {
              header: t(M.columns.actor),
              cell: (e) => (
                <Link
                  href={actorHref(e)}
                  title={t(M.actorFilterTitle(e.actorLabel))}
                  className="break-words text-brand-700 hover:underline max-sm:break-all"
                >
                  <UserText>{e.actorLabel}</UserText>
                </Link>
              ),
            },
            {
              header: t(M.columns.target),
              cell: (e) =>
                e.target ? (
                  <span className="break-words">
                    <UserText>{targetLine(e.target)}</UserText>
                  </span>
                ) : (
                  "—"
                ),
            },
            {
              header: t(M.columns.where),
              cell: (e) =>
                e.ip || e.userAgent ? (
                  <span className="flex flex-col">
                    {e.ip && <span className="whitespace-nowrap">{e.ip}</span>}
                    {e.userAgent && (
                      <span className="break-words text-xs text-gray-600 max-sm:break-all">
                        <UserText>{e.userAgent}</UserText>
                      </span>
                    )}
                  </span>
                ) : (
                  "—"
                ),
            },
          ]}
          empty={
            filtered
              ? { title: t(M.emptyFiltered.title), description: t(M.emptyFiltered.description) }
              : { title: t(M.empty.title), description: t(M.empty.description) }
          }
          headingLevel={2}
        />
        <AuditPager
          basePath={base}
          labels={{
            label: t(M.pager.label),
            newest: t(M.pager.newest),
            newer: t(M.pager.newer),
            older: t(M.pager.older),
          }}
          filter={shown}
          newestSeq={events[0]?.seq ?? null}
          oldestSeq={events.at(-1)?.seq ?? null}
          hasNewer={hasNewer}
          hasOlder={hasOlder}
        />
      </section>
    </div>
  );
}
