// What two-factor authentication says to the user: refusals of the sign-in challenge, enrolment and
// changes, the backup-code lines of security notices, and the downloadable backup-codes file (built
// in the browser, so nothing here is server-only). Sign-in and account pages: English and German.
import type { Locale } from "../../i18n/locale.ts";
import type { Text } from "../../i18n/text.ts";
import type { MfaRequirement } from "./status.ts";

export const MFA_MESSAGES = {
  wrongCode: {
    totp: {
      en: "That code is not correct or has already been used. Wait for the next code and try again.",
      de: "Dieser Code ist nicht korrekt oder wurde bereits verwendet. Warten Sie auf den nächsten Code und versuchen Sie es erneut.",
    },
    backup_code: {
      en: "That backup code is not correct or has already been used.",
      de: "Dieser Backup-Code ist nicht korrekt oder wurde bereits verwendet.",
    },
  } satisfies Record<"totp" | "backup_code", Text>,
  throttled: (minutes: number): Text => ({
    en: `Too many attempts. Try again in ${minutes} minutes.`,
    de: `Zu viele Versuche. Versuchen Sie es in ${minutes} Minuten erneut.`,
  }),
  alreadyOn: {
    en: "Two-factor authentication is already on for your account.",
    de: "Die Zwei-Faktor-Authentifizierung ist für Ihr Konto bereits eingeschaltet.",
  } satisfies Text,
  notOn: {
    en: "Two-factor authentication is not on for your account.",
    de: "Die Zwei-Faktor-Authentifizierung ist für Ihr Konto nicht eingeschaltet.",
  } satisfies Text,
  nothingPending: {
    en: "Start the set-up again: there is no authenticator app waiting to be confirmed.",
    de: "Beginnen Sie die Einrichtung erneut: Es wartet keine Authenticator-App auf Bestätigung.",
  } satisfies Text,
  enrolmentCodeWrong: {
    en: "That code is not correct. Enter the 6-digit code your app shows now.",
    de: "Dieser Code ist nicht korrekt. Geben Sie den 6-stelligen Code ein, den Ihre App jetzt anzeigt.",
  } satisfies Text,
  enrolmentRaced: {
    en: "The set-up was finished or restarted in another window. Reload this page.",
    de: "Die Einrichtung wurde in einem anderen Fenster abgeschlossen oder neu begonnen. Laden Sie diese Seite neu.",
  } satisfies Text,
  /** Field errors of the challenge and enrolment forms. */
  enterCode: { en: "Enter a code.", de: "Geben Sie einen Code ein." } satisfies Text,
  enterAppCode: {
    en: "Enter the code your app shows.",
    de: "Geben Sie den Code ein, den Ihre App anzeigt.",
  } satisfies Text,
  codeTooLong: { en: "A code has 6 digits.", de: "Ein Code hat 6 Ziffern." } satisfies Text,
  /** Why MFA may not be turned off (null when it may). */
  disableRefused: (requirement: MfaRequirement): Text | null => {
    if (requirement.staff)
      return {
        en: "Staff accounts must keep two-factor authentication on.",
        de: "Konten von Mitarbeitern des Anbieters müssen die Zwei-Faktor-Authentifizierung eingeschaltet lassen.",
      };
    const names = requirement.organizations;
    if (names.length === 1)
      return {
        en: `${names[0]} requires two-factor authentication for its members, so you cannot turn it off.`,
        de: `${names[0]} verlangt die Zwei-Faktor-Authentifizierung für seine Mitglieder, daher können Sie sie nicht ausschalten.`,
      };
    if (names.length > 1)
      return {
        en: `${names.join(", ")} require two-factor authentication for their members, so you cannot turn it off.`,
        de: `${names.join(", ")} verlangen die Zwei-Faktor-Authentifizierung für ihre Mitglieder, daher können Sie sie nicht ausschalten.`,
      };
    return null;
  },
  /** A security notice's detail line. */
  backupCodesLeft: (left: number): Text =>
    left === 0
      ? {
          en: "You have no backup codes left: create a new set on your account's security page.",
          de: "Sie haben keine Backup-Codes mehr: Erstellen Sie auf der Sicherheitsseite Ihres Kontos einen neuen Satz.",
        }
      : { en: `Backup codes left: ${left}.`, de: `Verbleibende Backup-Codes: ${left}.` },
  backupCodesFileName: "article28-backup-codes.txt",
  backupCodesFile: (codes: readonly string[], accountLabel: string, locale: Locale = "en") =>
    (locale === "de"
      ? [
          `Backup-Codes für ${accountLabel}`,
          "",
          "Jeder Code funktioniert einmal. Verwenden Sie einen, wenn Sie Ihre Authenticator-App nicht nutzen können.",
          "Bewahren Sie diese Datei an einem sicheren, privaten Ort auf.",
        ]
      : [
          `Backup codes for ${accountLabel}`,
          "",
          "Each code works once. Use one when you cannot use your authenticator app.",
          "Keep this file somewhere safe and private.",
        ]
    )
      .concat(["", ...codes, ""])
      .join("\n"),
} as const;
