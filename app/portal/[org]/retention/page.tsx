import { Card, DataTable, DateTime, PageHeader } from "@/app/_ui";
import { loadPage } from "@/lib/http/page";
import { localizedTitle } from "@/lib/http/page-title";
import { localize, type Text } from "@/lib/i18n/text";
import { organizationRetention } from "@/lib/retention/read";
import { RETENTION_MESSAGES as M } from "./messages";
import { OverrideForm } from "./override-form";

export const generateMetadata = localizedTitle(M.title);

/** The organisation's retention periods (OWNER, ADMIN may shorten them) and the evidence of its purges (G1). */
export default async function RetentionPage({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  const { categories, runs, locale } = await loadPage(async (ctx) => ({
    ...(await organizationRetention(ctx, org)),
    locale: ctx.locale,
  }));
  const t = (text: Text) => localize(text, locale);
  const label = (key: string) => categories.find((c) => c.key === key)?.label ?? { en: key };
  return (
    <div className="space-y-6">
      <PageHeader title={t(M.title)} description={t(M.description)} />
      <Card title={t(M.periodsTitle)}>
        <div className="space-y-6">
          {categories.map((c) => (
            <section key={c.key} aria-labelledby={`retention-${c.key}`} className="space-y-2">
              <h3 id={`retention-${c.key}`} className="font-semibold">
                {t(c.label)}{" "}
                <span className="font-normal text-gray-600">
                  · {t(M.provider)}: {t(M.days(c.providerDays))} {t(c.counts)}
                </span>
              </h3>
              {c.system && (
                <p className="text-sm text-gray-700">{t(M.keptIn(c.system.name, c.system.byHand))}</p>
              )}
              <OverrideForm
                slug={org}
                category={c.key}
                label={t(c.label)}
                ownDays={c.ownDays}
                minDays={c.minDays}
                providerDays={c.providerDays}
                locale={locale}
              />
            </section>
          ))}
        </div>
      </Card>
      <Card title={t(M.runsTitle)}>
        {runs.length > 0 && <p className="mb-4 text-sm text-gray-700">{t(M.certificateHint)}</p>}
        <DataTable
          caption={t(M.runsTitle)}
          hideCaption
          rows={runs}
          rowKey={(r) => r.id}
          empty={{ title: t(M.noRuns), description: t(M.noRunsHint) }}
          columns={[
            { header: t(M.ran), cell: (r) => <DateTime value={r.startedAt} locale={locale} /> },
            { header: t(M.category), cell: (r) => t(label(r.category)) },
            {
              header: t(M.selector),
              cell: (r) => (
                <>
                  {t(M.days(r.periodDays))} · {t(M.before)} <DateTime value={r.cutoff} locale={locale} />
                </>
              ),
            },
            { header: t(M.removed), cell: (r) => r.removed },
            {
              header: t(M.range),
              cell: (r) =>
                r.oldestAt && r.newestAt ? (
                  <>
                    <DateTime value={r.oldestAt} locale={locale} /> –{" "}
                    <DateTime value={r.newestAt} locale={locale} />
                  </>
                ) : (
                  "—"
                ),
            },
            {
              header: t(M.hash),
              cell: (r) => <span className="font-mono text-xs break-all">{r.idsSha256}</span>,
            },
          ]}
          actionsLabel={t(M.certificate)}
          rowActions={(r) => (
            // Plain links, never prefetched: every download is audited (in your audit log too).
            <span className="flex flex-wrap gap-x-3 gap-y-1">
              <a
                className="font-medium whitespace-nowrap underline"
                download
                href={`/portal/${org}/retention/runs/${r.id}/certificate?format=pdf`}
                aria-label={t(M.certificatePdfFor(t(label(r.category))))}
              >
                {t(M.certificatePdf)}
              </a>
              <a
                className="font-medium whitespace-nowrap underline"
                download
                href={`/portal/${org}/retention/runs/${r.id}/certificate?format=json`}
                aria-label={t(M.certificateJsonFor(t(label(r.category))))}
              >
                {t(M.certificateJson)}
              </a>
            </span>
          )}
        />
      </Card>
    </div>
  );
}
