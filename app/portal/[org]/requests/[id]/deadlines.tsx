import { DsrDueDate } from "@/app/_components/dsr-display";
import { Card, DataTable, DateTime, DefinitionList } from "@/app/_ui";
import type { DsrDetail } from "@/lib/dsr/detail";
import { formatInstant } from "@/lib/i18n/format";
import { REQUEST_DETAIL_MESSAGES as M } from "../messages";
import type { Words } from "./page";

/** A1-A3, A16: receipt, the legal and our due date in the organisation's zone, and every change to them. */
export function Deadlines({ detail, words: { t, locale } }: { detail: DsrDetail; words: Words }) {
  const zone = detail.organization.timeZone;
  const date = (at: Date) => formatInstant(locale, at, zone);
  return (
    <Card title={t(M.deadlinesTitle)}>
      <div className="space-y-6">
        <DefinitionList
          items={[
            {
              term: t(M.received),
              description: <DateTime value={detail.receivedAt} locale={locale} />,
            },
            {
              term: t(M.legalDue),
              description: (
                <span className="space-x-1">
                  <DsrDueDate
                    at={detail.legalDueAt}
                    timeZone={zone}
                    overdue={detail.legalOverdue}
                    locale={locale}
                  />
                  <span className="text-gray-600">({t(M.zone(zone))})</span>
                </span>
              ),
            },
            detail.status !== "FORWARDED" && {
              term: t(M.processorDue),
              description: (
                <DsrDueDate
                  at={detail.processorDueAt}
                  timeZone={zone}
                  overdue={detail.processorOverdue}
                  locale={locale}
                />
              ),
            },
          ]}
        />
        <DataTable
          caption={t(M.historyCaption)}
          rows={detail.deadlineChanges}
          rowKey={(c) => c.at.toISOString() + c.kind}
          empty={{ title: t(M.historyCaption), description: t(M.noHistory) }}
          columns={[
            {
              header: t(M.historyWhen),
              rowHeader: true,
              cell: (c) => <DateTime value={c.at} locale={locale} />,
            },
            {
              header: t(M.historyChange),
              cell: (c) => (
                <span>
                  <span className="block font-medium">
                    {c.kind === "EXTENSION" ? t(M.extensionKind) : t(M.instructedKind)}
                  </span>
                  {t(M.fromTo(date(c.previousDueAt), date(c.newDueAt)))}
                </span>
              ),
            },
            {
              header: t(M.historyReason),
              cell: (c) => (c.reason ? <span className="whitespace-pre-line">{c.reason}</span> : "—"),
            },
            {
              header: t(M.historyTold),
              cell: (c) =>
                c.controllerToldAt ? <DateTime value={c.controllerToldAt} locale={locale} /> : "—",
            },
          ]}
        />
      </div>
    </Card>
  );
}
