// The security notices lib/auth/security-notice.ts emails when a security setting of an account
// changes (SECURITY.md S6), in English and German (each in the recipient's language).
import { toSingleLine } from "../text/single-line.ts";
import { quoted } from "../text/quote.ts";
import type { Text } from "../i18n/text.ts";
import type { SecurityChange } from "./security-notice.ts";

export const SECURITY_NOTICE_MESSAGES = {
  notices: {
    "password.changed": {
      subject: { en: "Your password was changed", de: "Ihr Passwort wurde geändert" },
      happened: {
        en: "The password of your account was changed.",
        de: "Das Passwort Ihres Kontos wurde geändert.",
      },
    },
    "password.reset": {
      subject: { en: "Your password was reset", de: "Ihr Passwort wurde zurückgesetzt" },
      happened: {
        en: "The password of your account was reset through an emailed link.",
        de: "Das Passwort Ihres Kontos wurde über einen per E-Mail gesendeten Link zurückgesetzt.",
      },
    },
    "email.change_requested": {
      subject: {
        en: "A change of your sign-in email address was requested",
        de: "Eine Änderung Ihrer E-Mail-Adresse für die Anmeldung wurde angefordert",
      },
      happened: {
        en: "Someone signed in to your account asked to change the email address you sign in with. Nothing changes until the new address is confirmed.",
        de: "Jemand, der in Ihrem Konto angemeldet ist, hat die Änderung der E-Mail-Adresse angefordert, mit der Sie sich anmelden. Es ändert sich nichts, bis die neue Adresse bestätigt ist.",
      },
    },
    "email.changed": {
      subject: {
        en: "Your sign-in email address was changed",
        de: "Ihre E-Mail-Adresse für die Anmeldung wurde geändert",
      },
      happened: {
        en: "The email address you sign in with was changed.",
        de: "Die E-Mail-Adresse, mit der Sie sich anmelden, wurde geändert.",
      },
    },
    "mfa.enabled": {
      subject: {
        en: "Two-factor authentication was turned on",
        de: "Die Zwei-Faktor-Authentifizierung wurde eingeschaltet",
      },
      happened: {
        en: "Two-factor authentication was turned on for your account.",
        de: "Für Ihr Konto wurde die Zwei-Faktor-Authentifizierung eingeschaltet.",
      },
    },
    "mfa.disabled": {
      subject: {
        en: "Two-factor authentication was turned off",
        de: "Die Zwei-Faktor-Authentifizierung wurde ausgeschaltet",
      },
      happened: {
        en: "Two-factor authentication was turned off for your account.",
        de: "Für Ihr Konto wurde die Zwei-Faktor-Authentifizierung ausgeschaltet.",
      },
    },
    "mfa.reset": {
      subject: {
        en: "Your two-factor authentication was reset",
        de: "Ihre Zwei-Faktor-Authentifizierung wurde zurückgesetzt",
      },
      happened: {
        en: "A staff administrator reset two-factor authentication for your account: your authenticator app and backup codes no longer work, and you were signed out everywhere. Set up two-factor authentication again when you next sign in.",
        de: "Ein Administrator des Anbieters hat die Zwei-Faktor-Authentifizierung Ihres Kontos zurückgesetzt: Ihre Authenticator-App und Ihre Backup-Codes funktionieren nicht mehr, und Sie wurden überall abgemeldet. Richten Sie die Zwei-Faktor-Authentifizierung bei Ihrer nächsten Anmeldung erneut ein.",
      },
    },
    "mfa.backup_codes.regenerated": {
      subject: { en: "New backup codes were created", de: "Neue Backup-Codes wurden erstellt" },
      happened: {
        en: "A new set of backup codes was created for your account. The previous codes no longer work.",
        de: "Für Ihr Konto wurde ein neuer Satz Backup-Codes erstellt. Die bisherigen Codes funktionieren nicht mehr.",
      },
    },
    "mfa.backup_code.used": {
      subject: {
        en: "A backup code was used to sign in",
        de: "Ein Backup-Code wurde zur Anmeldung verwendet",
      },
      happened: {
        en: "One of your backup codes was used to sign in to your account.",
        de: "Einer Ihrer Backup-Codes wurde verwendet, um sich bei Ihrem Konto anzumelden.",
      },
    },
    "sso.linked": {
      subject: {
        en: "A Microsoft account was connected to your account",
        de: "Ein Microsoft-Konto wurde mit Ihrem Konto verbunden",
      },
      happened: {
        en: "A Microsoft account was connected to your account. It can now be used to sign in to your account.",
        de: "Ein Microsoft-Konto wurde mit Ihrem Konto verbunden. Damit können Sie sich jetzt bei Ihrem Konto anmelden.",
      },
    },
    "sso.unlinked": {
      subject: {
        en: "A Microsoft account was disconnected from your account",
        de: "Ein Microsoft-Konto wurde von Ihrem Konto getrennt",
      },
      happened: {
        en: "A Microsoft account was disconnected from your account. It can no longer be used to sign in to your account.",
        de: "Ein Microsoft-Konto wurde von Ihrem Konto getrennt. Damit können Sie sich nicht mehr bei Ihrem Konto anmelden.",
      },
    },
  } satisfies Record<SecurityChange, { subject: Text; happened: Text }>,
  when: (when: string): Text => ({ en: `When: ${when}`, de: `Wann: ${when}` }),
  fromIp: (ip: string): Text => ({
    en: `IP address ${toSingleLine(ip, 64)}`,
    de: `IP-Adresse ${toSingleLine(ip, 64)}`,
  }),
  fromBrowser: (userAgent: string): Text => ({
    en: `browser ${quoted(userAgent, { max: 160 })}`,
    de: `Browser ${quoted(userAgent, { locale: "de", max: 160 })}`,
  }),
  from: (where: string): Text => ({ en: `From: ${where}`, de: `Von: ${where}` }),
  ifYou: {
    en: "If this was you, there is nothing else to do.",
    de: "Wenn Sie das waren, ist nichts weiter zu tun.",
  } satisfies Text,
  ifNotYou: (resetUrl: string): Text => ({
    en: `If it was not you, reset your password at ${resetUrl} straight away and tell your administrator.`,
    de: `Wenn Sie es nicht waren, setzen Sie Ihr Passwort sofort unter ${resetUrl} zurück und informieren Sie Ihren Administrator.`,
  }),
  automatic: {
    en: "This notice was sent automatically for your security.",
    de: "Dieser Hinweis wurde zu Ihrer Sicherheit automatisch versendet.",
  } satisfies Text,
} as const;
