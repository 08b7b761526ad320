// The entry of the public updates page and Atom feed that announces a change to the subprocessor list,
// in English and German (written with the change, and by the seed for the demo history).
import { formatCalendarDate } from "../../i18n/format.ts";
import type { Locale } from "../../i18n/locale.ts";
import type { NewTrustUpdate } from "../updates.ts";
import { CHANGE_UPDATE_LEAD, changeTitle, type ChangeNames } from "./messages.ts";

export type AnnouncedChange = ChangeNames & { effectiveDate: Date; note: string; noteDe: string };

export function changeUpdateEntry(change: AnnouncedChange, publishedAt: Date): NewTrustUpdate {
  const summary = (locale: Locale) => {
    const lead = CHANGE_UPDATE_LEAD[locale](formatCalendarDate(locale, change.effectiveDate));
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
