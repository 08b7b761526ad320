// The email a subscriber gets when a change to the subprocessor list is announced (GDPR.md C2, C3):
// what changes, from when, the details of a new subprocessor, the right to object, and links to the
// list and to unsubscribing. Plain text in the subscriber's language (words in ./messages.ts); names
// and places are kept to one line each (S25).
import { formatCalendarDate } from "../../i18n/format.ts";
import type { Locale } from "../../i18n/locale.ts";
import { toSingleLine } from "../../text/single-line.ts";
import { placeWithoutCountry } from "../country-in-place.ts";
import { countryName } from "./country.ts";
import { pickText } from "./localized-view.ts";
import { CHANGE_NOTICE_MESSAGES, changeTitle, type ChangeNames } from "./messages.ts";
import { transferMechanismLabel } from "./transfer-mechanisms.ts";

export type NoticeSubprocessor = {
  name: string;
  purpose: string;
  purposeDe: string;
  dataCategories: string[];
  dataCategoriesDe: string[];
  location: string;
  country: string;
  transferMechanism: string;
};

export type ChangeNoticeFacts = {
  type: ChangeNames["type"];
  effectiveDate: Date;
  note: string;
  noteDe: string;
  /** Added (ADD, REPLACE) or removed (REMOVE). */
  subprocessor: NoticeSubprocessor;
  replacedName: string | null;
};

export type NoticeContext = {
  providerName: string;
  dpoName: string;
  dpoEmail: string;
  subprocessorsUrl: string;
  unsubscribeUrl: string;
};

export function changeNoticeEmail(
  facts: ChangeNoticeFacts,
  locale: Locale,
  context: NoticeContext,
): { subject: string; text: string } {
  const words = CHANGE_NOTICE_MESSAGES[locale];
  const date = formatCalendarDate(locale, facts.effectiveDate);
  const sp = { ...facts.subprocessor, name: toSingleLine(facts.subprocessor.name) };
  const replacedName = facts.replacedName === null ? null : toSingleLine(facts.replacedName);
  const names: ChangeNames = { type: facts.type, name: sp.name, replacedName };
  const title = changeTitle(names, locale);
  const categories =
    locale === "de" && sp.dataCategoriesDe.length > 0 ? sp.dataCategoriesDe : sp.dataCategories;
  const details =
    facts.type === "REMOVE"
      ? [`${words.subprocessor}: ${sp.name}`, words.stops(date)]
      : [
          `${words.subprocessor}: ${sp.name}`,
          `${words.purpose}: ${pickText(locale, sp.purpose, sp.purposeDe).value}`,
          `${words.categories}: ${categories.join("; ")}`,
          `${words.location}: ${toSingleLine(placeWithoutCountry(sp.location, sp.country))} (${countryName(sp.country, locale)})`,
          `${words.transfer}: ${transferMechanismLabel(sp.transferMechanism, locale)}`,
          ...(facts.type === "REPLACE" && replacedName ? [words.replaces(replacedName, date)] : []),
        ];
  const note = pickText(locale, facts.note, facts.noteDe).value;
  const text = [
    words.greeting,
    "",
    words.intro(context.providerName),
    "",
    `${words.change}: ${title}`,
    `${words.effective}: ${date}`,
    ...details,
    ...(note ? ["", `${words.note}: ${note}`] : []),
    "",
    words.objection(context.providerName, context.dpoName, context.dpoEmail),
    "",
    `${words.list}:`,
    context.subprocessorsUrl,
    "",
    `${words.unsubscribe}:`,
    context.unsubscribeUrl,
    "",
    "--",
    words.why(context.providerName),
  ].join("\n");
  return { subject: words.subject(title, date), text };
}
