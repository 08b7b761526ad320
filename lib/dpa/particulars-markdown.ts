// The Art. 28(3) particulars as a Markdown section in the version's language, for the DPA's PDF (it lays
// Markdown out the way it lays out the text itself). Pure.
import type { Locale } from "../i18n/locale.ts";
import {
  CLAUSES_HEADING,
  CLAUSE_LABELS,
  PARTICULARS_HEADING,
  PARTICULAR_LABELS,
  clauseLetter,
} from "./messages.ts";
import { DPA_CLAUSES, headingTexts, PARTICULAR_FIELDS, type DpaParticulars } from "./particulars.ts";

/** `body`: the version's text, whose headings name where each clause is. */
export function particularsMarkdown(particulars: DpaParticulars, locale: Locale, body: string): string {
  const headings = headingTexts(body);
  const lines = [`## ${PARTICULARS_HEADING[locale]}`, ""];
  for (const field of PARTICULAR_FIELDS)
    lines.push(
      `**${PARTICULAR_LABELS[field][locale]}:** ${particulars[field].replace(/\s*\n\s*/g, " ")}`,
      "",
    );
  lines.push(`### ${CLAUSES_HEADING[locale]}`, "");
  for (const clause of DPA_CLAUSES)
    lines.push(
      `- ${clauseLetter(clause, locale)} ${CLAUSE_LABELS[clause][locale]}: ${headings.get(particulars.clauses[clause]) ?? `#${particulars.clauses[clause]}`}`,
    );
  return `${lines.join("\n")}\n`;
}
