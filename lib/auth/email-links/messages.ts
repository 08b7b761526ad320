// What emailed links say: the emails with sign-in and confirmation links, and the refusals of the
// functions that use them (sign-in and account pages), in English and German. Each email is written in
// the recipient's language (lib/mail/recipient-locale.ts); the user's name is quoted (S25).
import type { Locale } from "../../i18n/locale.ts";
import type { Text } from "../../i18n/text.ts";
import { greeting } from "../../mail/greeting.ts";

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

export const EMAIL_LINK_MESSAGES = {
  emailRequired: {
    en: "Enter an email address, like name@example.com.",
    de: "Geben Sie eine E-Mail-Adresse ein, etwa name@example.com.",
  } satisfies Text,
  emailInvalid: {
    en: "Enter a valid email address.",
    de: "Geben Sie eine gültige E-Mail-Adresse ein.",
  } satisfies Text,
  magicLinkEmail: (locale: Locale, name: string, minutes: number, url: string) =>
    locale === "de"
      ? {
          subject: "Ihr Anmeldelink",
          text: [
            greeting(locale, name),
            "",
            `Jemand, hoffentlich Sie, hat einen Link angefordert, um sich mit dieser E-Mail-Adresse anzumelden. Öffnen Sie ihn innerhalb von ${minutes} Minuten, um sich anzumelden:`,
            "",
            url,
            "",
            "Der Link funktioniert einmal. Wenn Sie ihn nicht angefordert haben, ignorieren Sie diese E-Mail: Ohne den Link kann sich niemand anmelden.",
          ].join("\n"),
        }
      : {
          subject: "Your sign-in link",
          text: [
            greeting(locale, name),
            "",
            `Someone, hopefully you, asked for a link to sign in with this email address. Open it within ${minutes} minutes to sign in:`,
            "",
            url,
            "",
            "The link works once. If you did not ask for it, ignore this email: nobody can sign in without it.",
          ].join("\n"),
        },
  emailChangeEmail: (locale: Locale, name: string, minutes: number, url: string) =>
    locale === "de"
      ? {
          subject: "Bestätigen Sie Ihre neue E-Mail-Adresse für die Anmeldung",
          text: [
            greeting(locale, name),
            "",
            `Um sich ab jetzt mit dieser Adresse anzumelden, öffnen Sie diesen Link innerhalb von ${minutes} Minuten:`,
            "",
            url,
            "",
            "Der Link funktioniert einmal. Wenn Sie das nicht angefordert haben, ignorieren Sie diese E-Mail.",
          ].join("\n"),
        }
      : {
          subject: "Confirm your new sign-in email address",
          text: [
            greeting(locale, name),
            "",
            `To sign in with this address from now on, open this link within ${minutes} minutes:`,
            "",
            url,
            "",
            "The link works once. If you did not ask for this, ignore this email.",
          ].join("\n"),
        },
  /** Detail lines of the security notices about the change (in the notice's language). */
  emailChangePending: (email: string): Text => ({
    en: `New address (not yet confirmed): ${email}`,
    de: `Neue Adresse (noch nicht bestätigt): ${email}`,
  }),
  emailChanged: (from: string, to: string): Text => ({
    en: `Previous address: ${from}. New address: ${to}.`,
    de: `Bisherige Adresse: ${from}. Neue Adresse: ${to}.`,
  }),
  sameAddress: {
    en: "That is already the address you sign in with.",
    de: "Mit dieser Adresse melden Sie sich bereits an.",
  } satisfies Text,
  emailChangeThrottled: (minutes: number): Text => ({
    en: `Too many address changes were asked for. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`,
    de: `Es wurden zu viele Adressänderungen angefordert. Versuchen Sie es in ${minutes} ${plural(minutes, "Minute", "Minuten")} erneut.`,
  }),
  invalidEmailChangeLink: {
    en: "This confirmation link is no longer valid: it has expired, was already used, or the address is taken.",
    de: "Dieser Bestätigungslink ist nicht mehr gültig: Er ist abgelaufen, wurde bereits verwendet, oder die Adresse ist vergeben.",
  } satisfies Text,
} as const;
