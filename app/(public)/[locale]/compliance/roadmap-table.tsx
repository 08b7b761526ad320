import Link from "next/link";
import { EmptyState, Table, TBody, Td, Th, THead, Tr } from "@/app/_ui";
import { formatCalendarDate, isoDate } from "@/lib/i18n/format";
import { localizedPath, type Locale } from "@/lib/i18n/locale";
import type { ComplianceRoadmapRow } from "@/lib/trust/compliance/roadmap";
import { COMPLIANCE_WORDS } from "./messages";
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
  const words = COMPLIANCE_WORDS[locale];
  if (rows.length === 0) {
    return (
      <EmptyState
        headingLevel={headingLevel}
        title={words.emptyTitle}
        description={
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
        }
      />
    );
  }
  return (
    <Table caption={words.caption} hideCaption>
      <THead>
        <Tr>
          <Th>{words.standard}</Th>
          <Th>{words.status}</Th>
          <Th>{words.targetDate}</Th>
          <Th>{words.description}</Th>
          <Th>{words.certificate}</Th>
        </Tr>
      </THead>
      <TBody>
        {rows.map((row) => (
          <Tr key={row.id}>
            <Th scope="row" className="text-gray-900">
              {row.standard}
            </Th>
            <Td className="whitespace-nowrap">
              <ComplianceStatusBadge status={row.status} locale={locale} />
            </Td>
            <Td className="whitespace-nowrap">
              {row.targetDate ? (
                <time dateTime={isoDate(row.targetDate)}>{formatCalendarDate(locale, row.targetDate)}</time>
              ) : (
                <NotSet label={words.noTargetDate} />
              )}
            </Td>
            <Td className="max-w-prose text-gray-700">
              <span lang={row.descriptionUntranslated ? "en" : undefined}>{row.description}</span>
              {row.descriptionUntranslated && (
                <span className="mt-1 block text-xs text-gray-600">({words.englishOnly})</span>
              )}
            </Td>
            <Td>
              {row.certificate ? (
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
              )}
            </Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
