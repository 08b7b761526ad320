// The words of the subprocessor list that lib/ itself writes: how a change is named (public page,
// updates feed, notice emails; English and German), the notice email to subscribers, and why staff's
// announcement is refused (staff console: English).
import type { SubprocessorChangeType } from "../../generated/prisma/enums.ts";
import type { Locale } from "../../i18n/locale.ts";
import type { Text } from "../../i18n/text.ts";

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

/** The lead of an updates-feed entry that announces a change. */
export const CHANGE_UPDATE_LEAD: Record<Locale, (date: string) => string> = {
  en: (date) => `Effective ${date}.`,
  de: (date) => `Gültig ab ${date}.`,
};

/** The email a subscriber gets when a change is announced (plain text, in their language). */
export const CHANGE_NOTICE_MESSAGES = {
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
} as const satisfies Record<Locale, unknown>;

/** Why an announcement is refused (staff console). Dates are YYYY-MM-DD. */
export const SUBPROCESSOR_ERRORS = {
  effectiveDateInPast: (date: string): Text => ({
    en: `The effective date ${date} is in the past. Choose today or a later date.`,
  }),
  noticeTooShort: (days: number, noticePeriodDays: number): Text => ({
    en: `The effective date is only ${days} day(s) away, but the DPA promises ${noticePeriodDays} days' notice. Choose a later date, or tick “shorter notice” to confirm it on purpose.`,
  }),
  stoppingGone: {
    en: "The subprocessor chosen to stop no longer exists. Reload the page and choose again.",
  } satisfies Text,
  alreadyEnding: (name: string, date: string): Text => ({
    en: `${name} already has an end date (${date}). Choose another subprocessor.`,
  }),
  startsLater: (name: string, date: string): Text => ({
    en: `${name} only starts on ${date}; choose an effective date on or after that day.`,
  }),
  endedMeanwhile: (name: string): Text => ({
    en: `${name} was just given an end date by someone else. Reload the page to see it.`,
  }),
  alreadyListed: (name: string): Text => ({
    en: `${name} is already on the list. To change its details, use “Edit details”; to change who processes data, announce a replacement.`,
  }),
};
