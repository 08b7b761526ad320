import { DataTable } from "@/app/_ui";
import { formatCalendarDate, isoDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locale";
import type { InLanguage, LocalizedSubprocessor } from "@/lib/trust/subprocessors/localized-view";
import { SUBPROCESSOR_MESSAGES } from "./messages";

/** The subprocessors processing data today; text that is not translated carries lang="en". */
export function CurrentSubprocessorsTable({
  entries,
  locale,
}: {
  entries: LocalizedSubprocessor[];
  locale: Locale;
}) {
  const words = SUBPROCESSOR_MESSAGES[locale];
  const lang = <T,>(text: InLanguage<T>) => (text.lang === locale ? undefined : text.lang);
  return (
    <DataTable
      caption={words.currentCaption}
      hideCaption
      rows={entries}
      rowKey={(entry) => entry.id}
      empty={{ title: words.noneCurrent, description: words.noneCurrentHint }}
      columns={[
        {
          header: words.columns.name,
          rowHeader: true,
          cell: (entry) =>
            entry.website ? (
              <a
                href={entry.website}
                rel="noopener noreferrer external"
                className="text-brand-700 underline hover:text-brand-800"
              >
                {entry.name} <span className="sr-only">{words.externalSite}</span>
              </a>
            ) : (
              entry.name
            ),
        },
        {
          header: words.columns.purpose,
          cell: (entry) => <span lang={lang(entry.purpose)}>{entry.purpose.value}</span>,
        },
        {
          header: words.columns.categories,
          cell: (entry) => (
            <ul lang={lang(entry.dataCategories)} className="list-disc space-y-1 pl-4">
              {entry.dataCategories.value.map((category) => (
                <li key={category}>{category}</li>
              ))}
            </ul>
          ),
        },
        {
          header: words.columns.location,
          cell: (entry) => (
            <>
              {entry.location}
              <span className="block text-gray-600">{entry.countryName}</span>
            </>
          ),
        },
        { header: words.columns.transfer, cell: (entry) => entry.transferMechanism },
        {
          header: words.columns.since,
          className: "whitespace-nowrap",
          cell: (entry) => (
            <>
              <time dateTime={isoDate(entry.activeFrom)}>{formatCalendarDate(locale, entry.activeFrom)}</time>
              {entry.activeUntil && (
                <span className="block text-warning-800">
                  {words.until(formatCalendarDate(locale, entry.activeUntil))}
                </span>
              )}
            </>
          ),
        },
      ]}
    />
  );
}
