// What the account pages' actions say (English, like the pages). Server-side only: it reads the
// confirmation link's lifetime from lib/auth.
import { EMAIL_CHANGE_MINUTES } from "@/lib/auth/email-links/email-change";
import type { Text } from "@/lib/i18n/text";

export const ACCOUNT_PAGE_MESSAGES = {
  profileSaved: { en: "Your profile was saved." },
  passwordChanged: { en: "Your password was changed. You were signed out of every other session." },
  /** The same whether or not the address can be used (S3). */
  emailChangeSent: (email: string): Text => ({
    en: `If ${email} can be used, a confirmation link is on its way to it. Open it within ${EMAIL_CHANGE_MINUTES} minutes to finish the change.`,
  }),
  sessionSignedOut: { en: "The session was signed out." },
  otherSessionsSignedOut: (count: number): Text => ({
    en:
      count === 0
        ? "There were no other sessions."
        : `Signed out ${count} other session${count === 1 ? "" : "s"}.`,
  }),
  timeZoneSaved: (timeZone: string): Text => ({
    en: `Saved: dates and times are now shown, and read when you enter them, in ${timeZone}.`,
  }),
  timeZoneUnchanged: (timeZone: string): Text => ({ en: `Your time zone was already ${timeZone}.` }),
} as const;
