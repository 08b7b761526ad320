import { Alert, Badge, Card, DataTable, DateTime, PageHeader, UserText } from "@/app/_ui";
import type { BadgeTone } from "@/app/_ui/badge";
import { loadPage } from "@/lib/http/page";
import { localizedTitle } from "@/lib/http/page-title";
import { localize, type Text } from "@/lib/i18n/text";
import type { ExportListItem } from "@/lib/org-export/list-exports";
import { listOrganizationExports } from "@/lib/org-export/list-exports";
import { exportDownloadPath } from "@/lib/org-export/paths";
import { formatFileSize } from "@/lib/trust/library/file-size";
import { AutoRefresh } from "./auto-refresh";
import { EXPORT_PAGE_MESSAGES as M } from "./messages";
import { ProgressBar } from "./progress-bar";
import { StartExportForm } from "./start-form";

export const generateMetadata = localizedTitle(M.title);

const TONES: Record<ExportListItem["status"], BadgeTone> = {
  QUEUED: "neutral",
  RUNNING: "info",
  READY: "success",
  FAILED: "danger",
  EXPIRED: "neutral",
};

/**
 * The full export of the organisation (D4, H1; org.export.manage: owners and admins): start one, watch
 * its progress (the page reads itself again while one runs), download it while its link lives.
 */
export default async function ExportPage({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  const { list, locale } = await loadPage(async (ctx) => ({
    list: await listOrganizationExports(ctx, org),
    locale: ctx.locale,
  }));
  const t = (text: Text) => localize(text, locale);
  const time = (value: Date) => <DateTime value={value} locale={locale} />;
  return (
    <div className="space-y-6">
      <PageHeader title={t(M.title)} description={t(M.description)} />
      <AutoRefresh active={list.active} />
      <div className="max-w-xl">
        <Card title={t(M.startTitle)} headingLevel={2}>
          <StartExportForm slug={org} locale={locale} busy={list.active} />
        </Card>
      </div>
      <section className="space-y-3" aria-labelledby="exports-heading">
        <h2 id="exports-heading" className="text-lg font-semibold text-gray-900">
          {t(M.listTitle)}
        </h2>
        <DataTable
          caption={t(M.listTitle)}
          hideCaption
          rows={list.exports}
          rowKey={(e) => e.id}
          rowTestId="export-row"
          empty={{ title: t(M.emptyTitle), description: t(M.emptyDescription) }}
          columns={[
            {
              header: t(M.requested),
              rowHeader: true,
              cell: (e) => (
                <span>
                  {time(e.requestedAt)}
                  {e.requestedBy && (
                    <>
                      {" "}
                      {t(M.by)} <UserText>{e.requestedBy}</UserText>
                    </>
                  )}
                </span>
              ),
            },
            {
              header: t(M.status),
              cell: (e) => (
                <div className="space-y-2">
                  <Badge tone={TONES[e.status]}>{t(M.statuses[e.status])}</Badge>
                  {(e.status === "RUNNING" || e.status === "QUEUED") && (
                    <ProgressBar done={e.rowsDone} total={e.rowsTotal} locale={locale} />
                  )}
                  {e.status === "FAILED" && <Alert tone="danger">{t(M.failedHint)}</Alert>}
                </div>
              ),
            },
            {
              header: t(M.file),
              cell: (e) =>
                e.bytes !== null && e.sha256 ? (
                  <span className="space-y-1">
                    <span className="block">{formatFileSize(e.bytes, locale)}</span>
                    <code className="block text-xs break-all" title={t(M.sha256)}>
                      {e.sha256}
                    </code>
                  </span>
                ) : (
                  ""
                ),
            },
            { header: t(M.expires), cell: (e) => (e.expiresAt ? time(e.expiresAt) : "") },
            { header: t(M.downloads), cell: (e) => String(e.downloads) },
          ]}
          rowActions={(e) =>
            e.downloadable ? (
              <a
                className="font-medium text-brand-700 underline"
                href={exportDownloadPath(org, e.id)}
                download
              >
                {t(M.download)}
              </a>
            ) : null
          }
          actionsLabel={t(M.actions)}
        />
      </section>
    </div>
  );
}
