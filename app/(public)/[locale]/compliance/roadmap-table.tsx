import Link from "next/link";
import { DataTable } from "@/app/_ui";
import { formatCalendarDate, isoDate } from "@/lib/i18n/format";
import { localizedPath, type Locale } from "@/lib/i18n/locale";
import type { ComplianceRoadmapRow } from "@/lib/trust/compliance/roadmap";
import { COMPLIANCE_MESSAGES } from "./messages";
import { ComplianceStatusBadge } from "./status-badge";

/** A dash for sighted readers, words for screen readers. */
function NotSet({ label }: { label: string }) {
  return (
    <>
      <span aria-hidden="true">—</span>
      <span className="sr-only">{label}</span>
    </>
  );
}

/** The public roadmap table (the compliance page and the home page). */
export function RoadmapTable({
  rows,
  locale,
  headingLevel = 2,
}: {
  rows: ComplianceRoadmapRow[];
  locale: Locale;
  headingLevel?: 2 | 3;
}) {
  const words = COMPLIANCE_MESSAGES[locale];
  return (
    <DataTable
      caption={words.caption}
      hideCaption
      rows={rows}
      rowKey={(row) => row.id}
      headingLevel={headingLevel}
      empty={{
        title: words.emptyTitle,
        description: (
          <>
            {words.emptyDescription}{" "}
            <Link
              href={localizedPath(locale, "/updates")}
              prefetch={false}
              className="font-medium text-[var(--brand)] underline"
            >
              {words.updatesLink}
            </Link>
          </>
        ),
      }}
      columns={[
        { header: words.standard, rowHeader: true, cell: (row) => row.standard },
        {
          header: words.status,
          className: "whitespace-nowrap",
          cell: (row) => <ComplianceStatusBadge status={row.status} locale={locale} />,
        },
        {
          header: words.targetDate,
          className: "whitespace-nowrap",
          cell: (row) =>
            row.targetDate ? (
              <time dateTime={isoDate(row.targetDate)}>{formatCalendarDate(locale, row.targetDate)}</time>
            ) : (
              <NotSet label={words.noTargetDate} />
            ),
        },
        {
          header: words.description,
          className: "max-w-prose text-gray-700",
          cell: (row) => (
            <>
              <span lang={row.descriptionUntranslated ? "en" : undefined}>{row.description}</span>
              {row.descriptionUntranslated && (
                <span className="mt-1 block text-xs text-gray-600">({words.englishOnly})</span>
              )}
            </>
          ),
        },
        {
          header: words.certificate,
          cell: (row) =>
            row.certificate ? (
              <Link
                href={`${localizedPath(locale, "/documents")}#${row.certificate.slug}`}
                prefetch={false}
                className="font-medium text-[var(--brand)] underline"
              >
                {row.certificate.title}
                <span className="sr-only"> ({words.certificateHint})</span>
              </Link>
            ) : (
              <NotSet label={words.noCertificate} />
            ),
        },
      ]}
    />
  );
}
