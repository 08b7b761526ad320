import { Badge, DefinitionList } from "@/app/_ui";
import { formatCalendarDate, isoDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locale";
import { localizeSubprocessor, pickText, type InLanguage } from "@/lib/trust/subprocessors/localized-view";
import { CHANGE_TYPE_LABEL, changeTitle } from "@/lib/trust/subprocessors/messages";
import type { PublicChange } from "@/lib/trust/subprocessors/register";
import { SUBPROCESSOR_MESSAGES } from "./messages";

const TONE = { ADD: "info", REPLACE: "warning", REMOVE: "neutral" } as const;

/** Announced or past changes: what changes, from when, and for additions the new subprocessor's details. */
export function ChangeList({
  changes,
  locale,
  withDetails,
}: {
  changes: PublicChange[];
  locale: Locale;
  withDetails: boolean;
}) {
  const words = SUBPROCESSOR_MESSAGES[locale];
  const lang = <T,>(text: InLanguage<T>) => (text.lang === locale ? undefined : text.lang);
  return (
    <ol className="space-y-4">
      {changes.map((change) => {
        const date = formatCalendarDate(locale, change.effectiveDate);
        const added = localizeSubprocessor(change.subprocessor, locale);
        const note = pickText(locale, change.note, change.noteDe);
        const stopping =
          change.type === "REPLACE" ? change.replaced : change.type === "REMOVE" ? change.subprocessor : null;
        return (
          <li key={change.id} className="rounded-lg border border-gray-200 bg-white p-4">
            <div className="flex flex-wrap items-center gap-2">
              <Badge tone={TONE[change.type]}>{CHANGE_TYPE_LABEL[locale][change.type]}</Badge>
              <h3 className="font-semibold text-gray-900">
                {changeTitle(
                  {
                    type: change.type,
                    name: change.subprocessor.name,
                    replacedName: change.replaced?.name ?? null,
                  },
                  locale,
                )}
              </h3>
            </div>
            <p className="mt-1 text-sm text-gray-700">
              <time dateTime={isoDate(change.effectiveDate)} className="font-medium">
                {words.effective(date)}
              </time>
              {" · "}
              {words.announced(formatCalendarDate(locale, change.announcedAt))}
            </p>
            {withDetails && change.type !== "REMOVE" && (
              <DefinitionList
                className="mt-3"
                items={[
                  {
                    term: words.columns.purpose,
                    description: <span lang={lang(added.purpose)}>{added.purpose.value}</span>,
                  },
                  {
                    term: words.columns.categories,
                    description: (
                      <span lang={lang(added.dataCategories)}>{added.dataCategories.value.join("; ")}</span>
                    ),
                  },
                  { term: words.columns.location, description: `${added.location} (${added.countryName})` },
                  { term: words.columns.transfer, description: added.transferMechanism },
                ]}
              />
            )}
            {stopping && <p className="mt-2 text-sm">{words.stops(stopping.name, date)}</p>}
            {note.value && (
              <p className="mt-2 max-w-prose text-sm text-gray-800" lang={lang(note)}>
                {note.value}
              </p>
            )}
          </li>
        );
      })}
    </ol>
  );
}
