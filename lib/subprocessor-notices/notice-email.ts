// The email an organisation's recipients get for a subprocessor notice (GDPR.md C2): the change, the
// subprocessor's name, location, processing activity, data categories and transfer mechanism, and what the
// organisation's DPA lets it do (object within its notice period of delivery, or approve), with the portal link. Plain text
// in the recipient's language; every name and place the staff typed is written as one inert line (S25,
// ADR 0015: the outbox sends text, no markup is interpreted).
import { formatCalendarDate, formatInstant } from "../i18n/format.ts";
import type { Locale } from "../i18n/locale.ts";
import { toSingleLine } from "../text/single-line.ts";
import { placeWithoutCountry } from "../trust/country-in-place.ts";
import type { ChangeNoticeFacts } from "../trust/subprocessors/change-notice.ts";
import { countryName } from "../trust/subprocessors/country.ts";
import { pickText } from "../trust/subprocessors/localized-view.ts";
import { changeTitle } from "../trust/subprocessors/messages.ts";
import { transferMechanismLabel } from "../trust/subprocessors/transfer-mechanisms.ts";
import type { SubprocessorAuthorisation } from "../generated/prisma/enums.ts";
import { NOTICE_EMAIL_MESSAGES } from "./messages.ts";

export type NoticeEmailFacts = {
  change: ChangeNoticeFacts;
  providerName: string;
  organizationName: string;
  mode: SubprocessorAuthorisation;
  noticeDays: number;
  /** GENERAL: the window's end if the notice is delivered at once (it runs from delivery, GDPR.md C1). */
  earliestWindowEnd: Date | null;
  /** The zone the window's end is written in (the organisation's default). */
  timeZone: string;
  portalUrl: string;
};

export function noticeEmail(facts: NoticeEmailFacts, locale: Locale): { subject: string; text: string } {
  const words = NOTICE_EMAIL_MESSAGES[locale];
  const { change } = facts;
  const sp = change.subprocessor;
  const name = toSingleLine(sp.name);
  const organization = toSingleLine(facts.organizationName);
  const replacedName = change.replacedName === null ? null : toSingleLine(change.replacedName);
  const title = changeTitle({ type: change.type, name, replacedName }, locale);
  const categories =
    locale === "de" && sp.dataCategoriesDe.length > 0 ? sp.dataCategoriesDe : sp.dataCategories;
  const details = [
    `${words.subprocessor}: ${name}`,
    `${words.activity}: ${toSingleLine(pickText(locale, sp.purpose, sp.purposeDe).value)}`,
    `${words.categories}: ${categories.map((c) => toSingleLine(c)).join("; ")}`,
    `${words.location}: ${toSingleLine(placeWithoutCountry(sp.location, sp.country))} (${countryName(sp.country, locale)})`,
    `${words.transfer}: ${transferMechanismLabel(sp.transferMechanism, locale)}`,
    ...(replacedName ? [words.replaces(replacedName)] : []),
  ];
  const answer =
    change.type === "REMOVE"
      ? words.removal
      : facts.mode === "SPECIFIC"
        ? words.specific
        : words.general(
            formatInstant(locale, facts.earliestWindowEnd ?? new Date(0), facts.timeZone),
            facts.noticeDays,
          );
  const text = [
    words.greeting,
    "",
    words.intro(toSingleLine(facts.providerName), organization),
    "",
    `${words.change}: ${title}`,
    `${words.effective}: ${formatCalendarDate(locale, change.effectiveDate)}`,
    ...details,
    "",
    answer,
    "",
    `${words.portal}:`,
    facts.portalUrl,
    "",
    "--",
    words.why(organization),
  ].join("\n");
  return { subject: words.subject(organization, title), text };
}
