// What passwords and password sign-in say to the user: refusals, the policy hint, the reset email and
// the sign-in form's errors (sign-in and account pages: English and German). No server-only import: the
// sign-in form (a client component) words next-auth's error codes from here.
import type { Locale } from "../../i18n/locale.ts";
import { localize, type Text } from "../../i18n/text.ts";
import { greeting } from "../../mail/greeting.ts";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "./password-length.ts";

/** Why a new password is refused (lib/auth/passwords/password-policy.ts). */
export type PasswordWeakness = "too_short" | "too_long" | "repeated" | "personal" | "common";

const minutesDe = (minutes: number) => `${minutes} ${minutes === 1 ? "Minute" : "Minuten"}`;

export const PASSWORD_MESSAGES = {
  policyHint: {
    en: `At least ${PASSWORD_MIN_LENGTH} characters. A few unrelated words make a strong password; common passwords are refused.`,
    de: `Mindestens ${PASSWORD_MIN_LENGTH} Zeichen. Einige Wörter, die nichts miteinander zu tun haben, ergeben ein starkes Passwort; gängige Passwörter werden abgelehnt.`,
  } satisfies Text,
  weakness: {
    too_short: {
      en: `Use at least ${PASSWORD_MIN_LENGTH} characters.`,
      de: `Verwenden Sie mindestens ${PASSWORD_MIN_LENGTH} Zeichen.`,
    },
    too_long: {
      en: `Use at most ${PASSWORD_MAX_LENGTH} characters.`,
      de: `Verwenden Sie höchstens ${PASSWORD_MAX_LENGTH} Zeichen.`,
    },
    repeated: {
      en: "Do not repeat a single character; choose a password that is harder to guess.",
      de: "Wiederholen Sie nicht nur ein Zeichen; wählen Sie ein Passwort, das schwerer zu erraten ist.",
    },
    personal: {
      en: "Do not use your email address or name as your password.",
      de: "Verwenden Sie weder Ihre E-Mail-Adresse noch Ihren Namen als Passwort.",
    },
    common: {
      en: "This password is too common: it appears in lists of leaked passwords. Please choose another.",
      de: "Dieses Passwort ist zu verbreitet: Es steht in Listen geleakter Passwörter. Bitte wählen Sie ein anderes.",
    },
  } satisfies Record<PasswordWeakness, Text>,
  newPasswordRequired: {
    en: "Enter a new password.",
    de: "Geben Sie ein neues Passwort ein.",
  } satisfies Text,
  chooseNewPassword: { en: "Choose a new password.", de: "Wählen Sie ein neues Passwort." } satisfies Text,
  currentPasswordRequired: {
    en: "Enter your current password.",
    de: "Geben Sie Ihr aktuelles Passwort ein.",
  } satisfies Text,
  sameAsCurrent: {
    en: "Choose a password different from your current one.",
    de: "Wählen Sie ein anderes Passwort als Ihr aktuelles.",
  } satisfies Text,
  invalidResetLink: {
    en: "This reset link is no longer valid: it has expired or was already used. Please request a new one.",
    de: "Dieser Link zum Zurücksetzen ist nicht mehr gültig: Er ist abgelaufen oder wurde bereits verwendet. Bitte fordern Sie einen neuen an.",
  } satisfies Text,
  resetEmail: (locale: Locale, name: string, minutes: number, url: string) =>
    locale === "de"
      ? {
          subject: "Setzen Sie Ihr Passwort zurück",
          text: [
            greeting(locale, name),
            "",
            `Jemand, hoffentlich Sie, möchte das Passwort des Kontos mit dieser E-Mail-Adresse zurücksetzen. Öffnen Sie diesen Link innerhalb von ${minutes} Minuten, um ein neues Passwort zu wählen:`,
            "",
            url,
            "",
            "Der Link funktioniert einmal. Wenn Sie ihn nicht angefordert haben, ignorieren Sie diese E-Mail: Ihr Passwort bleibt unverändert.",
          ].join("\n"),
        }
      : {
          subject: "Reset your password",
          text: [
            greeting(locale, name),
            "",
            `Someone, hopefully you, asked to reset the password of the account with this email address. Open this link within ${minutes} minutes to choose a new password:`,
            "",
            url,
            "",
            "The link works once. If you did not ask for it, ignore this email: your password stays as it is.",
          ].join("\n"),
        },
} as const;

/** Error codes the sign-in endpoint hands to the form (next-auth's `error`). */
export const SIGN_IN_ERRORS = { throttled: "Throttled", ssoRequired: "SsoRequired" } as const;

/** What the sign-in form says for next-auth's `error` code. */
export function signInErrorMessage(code: string | null | undefined, locale: Locale = "en"): string {
  if (code?.startsWith(`${SIGN_IN_ERRORS.throttled}:`)) {
    const minutes = Number(code.split(":")[1]) || 15;
    return localize(
      {
        en: `Too many attempts. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`,
        de: `Zu viele Versuche. Versuchen Sie es in ${minutesDe(minutes)} erneut.`,
      },
      locale,
    );
  }
  if (code === SIGN_IN_ERRORS.ssoRequired)
    return localize(
      {
        en: "Your organisation requires you to sign in with Microsoft.",
        de: "Ihre Organisation verlangt die Anmeldung mit Microsoft.",
      },
      locale,
    );
  return localize(
    { en: "The email or password is not correct.", de: "E-Mail-Adresse oder Passwort ist nicht korrekt." },
    locale,
  );
}
