import type { Locale } from "@/lib/i18n/locale";
import {
  CLAUSES_HEADING,
  CLAUSE_LABELS,
  PARTICULARS_HEADING,
  PARTICULAR_LABELS,
  clauseLetter,
} from "@/lib/dpa/messages";
import { DPA_CLAUSES, headingTexts, PARTICULAR_FIELDS, type DpaParticulars } from "@/lib/dpa/particulars";

/**
 * The Art. 28(3) particulars of a DPA version (GDPR.md D1/D2): the six facts of the processing, and a link
 * to the section of the text where each clause (a)-(h) is. Shown on the public DPA page and in the portal.
 * `textLocale`: the language of the version (the particulars are written in it); `body`: its text (the
 * links are named by its headings); `base`: the page the clause links point into ("" = this page).
 */
export function DpaParticularsSection({
  locale,
  textLocale,
  particulars,
  body,
  base = "",
}: {
  locale: Locale;
  textLocale: Locale;
  particulars: DpaParticulars;
  body: string;
  base?: string;
}) {
  const headings = headingTexts(body);
  const lang = textLocale === locale ? undefined : textLocale;
  return (
    <section
      aria-labelledby="dpa-particulars"
      className="rounded-lg border border-gray-200 bg-white p-4 sm:p-6"
      data-testid="dpa-particulars"
    >
      <h2 id="dpa-particulars" className="text-lg font-semibold text-gray-900">
        {PARTICULARS_HEADING[locale]}
      </h2>
      <dl className="mt-3 space-y-3">
        {PARTICULAR_FIELDS.map((field) => (
          <div key={field} className="sm:grid sm:grid-cols-[14rem_minmax(0,1fr)] sm:gap-4">
            <dt className="text-sm font-medium text-gray-700">{PARTICULAR_LABELS[field][locale]}</dt>
            <dd lang={lang} className="text-sm whitespace-pre-line text-gray-900 [overflow-wrap:anywhere]">
              {particulars[field]}
            </dd>
          </div>
        ))}
      </dl>
      <h3 className="mt-5 text-base font-semibold text-gray-900">{CLAUSES_HEADING[locale]}</h3>
      <ul className="mt-2 space-y-1 text-sm">
        {DPA_CLAUSES.map((clause) => (
          <li key={clause}>
            <span className="font-medium">{clauseLetter(clause, locale)}</span>{" "}
            {CLAUSE_LABELS[clause][locale]}:{" "}
            <a className="text-brand-700 underline" href={`${base}#${particulars.clauses[clause]}`}>
              {headings.get(particulars.clauses[clause]) ?? `#${particulars.clauses[clause]}`}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
