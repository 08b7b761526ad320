// How a change to the subprocessor list is named, in English and German: on the public page, in the
// updates feed and in the notice emails.
import type { SubprocessorChangeType } from "../../generated/prisma/enums.ts";
import { formatCalendarDate } from "../../i18n/format.ts";
import type { Locale } from "../../i18n/locale.ts";
import type { NewTrustUpdate } from "../updates.ts";

export type ChangeNames = { type: SubprocessorChangeType; name: string; replacedName: string | null };

export const CHANGE_TYPE_LABEL: Record<Locale, Record<SubprocessorChangeType, string>> = {
  en: { ADD: "Addition", REPLACE: "Replacement", REMOVE: "Removal" },
  de: { ADD: "Neuaufnahme", REPLACE: "Austausch", REMOVE: "Wegfall" },
};

export function changeTitle(change: ChangeNames, locale: Locale): string {
  const replaced = change.replacedName ?? "?";
  if (locale === "de") {
    if (change.type === "ADD") return `Neuer Unterauftragsverarbeiter: ${change.name}`;
    if (change.type === "REPLACE") return `${change.name} ersetzt ${replaced}`;
    return `Unterauftragsverarbeiter entfällt: ${change.name}`;
  }
  if (change.type === "ADD") return `New subprocessor: ${change.name}`;
  if (change.type === "REPLACE") return `${change.name} replaces ${replaced}`;
  return `Subprocessor removed: ${change.name}`;
}

export type AnnouncedChange = ChangeNames & { effectiveDate: Date; note: string; noteDe: string };

/** The entry of the public updates page and Atom feed that announces a change. */
export function changeUpdateEntry(change: AnnouncedChange, publishedAt: Date): NewTrustUpdate {
  const summary = (locale: Locale) => {
    const date = formatCalendarDate(locale, change.effectiveDate);
    const lead = locale === "de" ? `Gültig ab ${date}.` : `Effective ${date}.`;
    const note = (locale === "de" && change.noteDe) || change.note;
    return note ? `${lead} ${note}` : lead;
  };
  return {
    topic: "SUBPROCESSOR",
    title: changeTitle(change, "en"),
    titleDe: changeTitle(change, "de"),
    summary: summary("en"),
    summaryDe: summary("de"),
    path: "/subprocessors",
    publishedAt,
  };
}
