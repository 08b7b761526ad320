// What sign-in sessions and re-authentication say to the user (sign-in and account pages: English and
// German).
import type { Text } from "../../i18n/text.ts";

export const SESSION_MESSAGES = {
  reauthRequired: {
    en: "For your security, confirm your password or a code first.",
    de: "Bestätigen Sie zu Ihrer Sicherheit zuerst Ihr Passwort oder einen Code.",
  } satisfies Text,
  reauthMissing: {
    en: "Enter your password or a code from your authenticator app.",
    de: "Geben Sie Ihr Passwort oder einen Code aus Ihrer Authenticator-App ein.",
  } satisfies Text,
  reauthWrong: {
    en: "That password or code is not correct.",
    de: "Dieses Passwort oder dieser Code ist nicht korrekt.",
  } satisfies Text,
  throttled: (minutes: number): Text => ({
    en: `Too many attempts. Try again in ${minutes} minutes.`,
    de: `Zu viele Versuche. Versuchen Sie es in ${minutes} Minuten erneut.`,
  }),
  /** "Chrome on Linux", from what the user agent names (see describeUserAgent). */
  device: (browser: string | null, system: string | null): Text => {
    if (!browser) return { en: "Unknown device", de: "Unbekanntes Gerät" };
    return {
      en: system ? `${browser} on ${system}` : browser,
      de: system ? `${browser} unter ${system}` : browser,
    };
  },
} as const;
