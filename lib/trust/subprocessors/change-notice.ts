// The email a subscriber gets when a change to the subprocessor list is announced (GDPR.md C2, C3):
// what changes, from when, the details of a new subprocessor, the right to object, and links to the
// list and to unsubscribing. Plain text in the subscriber's language.
import { formatCalendarDate } from "../../i18n/format.ts";
import type { Locale } from "../../i18n/locale.ts";
import { changeTitle, type ChangeNames } from "./change-wording.ts";
import { countryName } from "./country.ts";
import { pickText } from "./localized-view.ts";
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

const WORDS = {
  en: {
    subject: (title: string, date: string) => `Subprocessor change: ${title} (from ${date})`,
    greeting: "Hello,",
    intro: (provider: string) =>
      `${provider} announces a change to the subprocessors that process personal data on behalf of its customers.`,
    change: "Change",
    effective: "Effective date",
    subprocessor: "Subprocessor",
    purpose: "Purpose",
    categories: "Data categories",
    location: "Location",
    transfer: "Transfer mechanism",
    replaces: (name: string, date: string) => `Replaces: ${name} (stops processing on ${date})`,
    stops: (date: string) => `It stops processing personal data for us on ${date}.`,
    note: "Note",
    objection: (provider: string, dpo: string, email: string) =>
      `Your right to object: if your organisation is a customer of ${provider}, you may object to this change before it takes effect, as set out in your data processing agreement (DPA). Send your objection and its reasons to ${dpo}, data protection officer, at ${email}, or record it in the customer portal.`,
    list: "The current list of subprocessors",
    unsubscribe: "Stop these emails (one click, no sign-in)",
    why: (provider: string) =>
      `You receive this email because you subscribed to changes of the ${provider} subprocessor list and confirmed your address.`,
  },
  de: {
    subject: (title: string, date: string) => `Änderung der Unterauftragsverarbeiter: ${title} (ab ${date})`,
    greeting: "Guten Tag,",
    intro: (provider: string) =>
      `${provider} kündigt eine Änderung der Unterauftragsverarbeiter an, die personenbezogene Daten im Auftrag der Kunden verarbeiten.`,
    change: "Änderung",
    effective: "Gültig ab",
    subprocessor: "Unterauftragsverarbeiter",
    purpose: "Zweck",
    categories: "Datenkategorien",
    location: "Ort",
    transfer: "Übermittlungsgrundlage",
    replaces: (name: string, date: string) => `Ersetzt: ${name} (verarbeitet ab ${date} keine Daten mehr)`,
    stops: (date: string) => `Ab ${date} verarbeitet er für uns keine personenbezogenen Daten mehr.`,
    note: "Hinweis",
    objection: (provider: string, dpo: string, email: string) =>
      `Ihr Widerspruchsrecht: Ist Ihre Organisation Kunde von ${provider}, können Sie dieser Änderung vor ihrem Inkrafttreten widersprechen, wie in Ihrem Auftragsverarbeitungsvertrag (AVV) vereinbart. Senden Sie Ihren Widerspruch mit Begründung an ${dpo}, Datenschutzbeauftragte(r), unter ${email}, oder erfassen Sie ihn im Kundenportal.`,
    list: "Die aktuelle Liste der Unterauftragsverarbeiter",
    unsubscribe: "Diese E-Mails abbestellen (ein Klick, ohne Anmeldung)",
    why: (provider: string) =>
      `Sie erhalten diese E-Mail, weil Sie Änderungen der Liste der Unterauftragsverarbeiter von ${provider} abonniert und Ihre Adresse bestätigt haben.`,
  },
} as const;

export function changeNoticeEmail(
  facts: ChangeNoticeFacts,
  locale: Locale,
  context: NoticeContext,
): { subject: string; text: string } {
  const words = WORDS[locale];
  const date = formatCalendarDate(locale, facts.effectiveDate);
  const names: ChangeNames = {
    type: facts.type,
    name: facts.subprocessor.name,
    replacedName: facts.replacedName,
  };
  const title = changeTitle(names, locale);
  const sp = facts.subprocessor;
  const categories =
    locale === "de" && sp.dataCategoriesDe.length > 0 ? sp.dataCategoriesDe : sp.dataCategories;
  const details =
    facts.type === "REMOVE"
      ? [`${words.subprocessor}: ${sp.name}`, words.stops(date)]
      : [
          `${words.subprocessor}: ${sp.name}`,
          `${words.purpose}: ${pickText(locale, sp.purpose, sp.purposeDe).value}`,
          `${words.categories}: ${categories.join("; ")}`,
          `${words.location}: ${sp.location} (${countryName(sp.country, locale)})`,
          `${words.transfer}: ${transferMechanismLabel(sp.transferMechanism, locale)}`,
          ...(facts.type === "REPLACE" && facts.replacedName
            ? [words.replaces(facts.replacedName, date)]
            : []),
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
