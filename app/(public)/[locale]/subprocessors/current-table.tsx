import { Table, TBody, Td, Th, THead, Tr } from "@/app/_ui";
import { formatCalendarDate, isoDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locale";
import type { LocalizedSubprocessor } from "@/lib/trust/subprocessors/localized-view";
import { SUBPROCESSOR_WORDS } from "./messages";

/** The subprocessors processing data today; text that is not translated carries lang="en". */
export function CurrentSubprocessorsTable({
  entries,
  locale,
}: {
  entries: LocalizedSubprocessor[];
  locale: Locale;
}) {
  const words = SUBPROCESSOR_WORDS[locale];
  return (
    <Table caption={words.currentCaption} hideCaption>
      <THead>
        <Tr>
          <Th>{words.columns.name}</Th>
          <Th>{words.columns.purpose}</Th>
          <Th>{words.columns.categories}</Th>
          <Th>{words.columns.location}</Th>
          <Th>{words.columns.transfer}</Th>
          <Th>{words.columns.since}</Th>
        </Tr>
      </THead>
      <TBody>
        {entries.map((entry) => (
          <Tr key={entry.id}>
            <Th scope="row" className="font-medium text-gray-900">
              {entry.website ? (
                <a
                  href={entry.website}
                  rel="noopener noreferrer external"
                  className="text-brand-700 underline hover:text-brand-800"
                >
                  {entry.name} <span className="sr-only">{words.externalSite}</span>
                </a>
              ) : (
                entry.name
              )}
            </Th>
            <Td lang={entry.purpose.lang === locale ? undefined : entry.purpose.lang}>
              {entry.purpose.value}
            </Td>
            <Td lang={entry.dataCategories.lang === locale ? undefined : entry.dataCategories.lang}>
              <ul className="list-disc space-y-1 pl-4">
                {entry.dataCategories.value.map((category) => (
                  <li key={category}>{category}</li>
                ))}
              </ul>
            </Td>
            <Td>
              {entry.location}
              <span className="block text-gray-600">{entry.countryName}</span>
            </Td>
            <Td>{entry.transferMechanism}</Td>
            <Td className="whitespace-nowrap">
              <time dateTime={isoDate(entry.activeFrom)}>{formatCalendarDate(locale, entry.activeFrom)}</time>
              {entry.activeUntil && (
                <span className="block text-warning-800">
                  {words.until(formatCalendarDate(locale, entry.activeUntil))}
                </span>
              )}
            </Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
