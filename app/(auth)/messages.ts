// What the sign-in pages' actions say (English, like the pages). Server-side only: it reads the link
// lifetimes from lib/auth.
import { MAGIC_LINK_MINUTES } from "@/lib/auth/email-links/magic-link";
import { PASSWORD_RESET_MINUTES } from "@/lib/auth/passwords/password-reset";
import type { Text } from "@/lib/i18n/text";

export const AUTH_PAGE_MESSAGES = {
  /** The one answer to every link request that was not throttled, whether or not the address has an account (S3). */
  magicLinkSent: {
    en: `Check your email. If an account exists for that address, a sign-in link is on its way. It works once, within ${MAGIC_LINK_MINUTES} minutes.`,
  },
  passwordResetSent: {
    en: `Check your email. If an account exists for that address, a link to choose a new password is on its way. It works once, within ${PASSWORD_RESET_MINUTES} minutes.`,
  },
  throttled: (minutes: number): Text => ({
    en: `Too many attempts. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`,
  }),
  magicLinkRefused: {
    invalid: { en: "This sign-in link has expired or was already used. Ask for a new one." },
    sso_required: { en: "Your organisation requires you to sign in with Microsoft." },
    account_disabled: { en: "This sign-in link has expired or was already used. Ask for a new one." },
  } satisfies Record<"invalid" | "sso_required" | "account_disabled", Text>,
  microsoftNeedsEmail: {
    en: "Enter your work email address above, then choose Continue with Microsoft.",
  },
  microsoftNotSetUp: (domain: string | null): Text => ({
    en: `Microsoft sign-in is not set up for ${domain}. Sign in with your password instead.`,
  }),
  emailConfirmed: (email: string): Text => ({ en: `Done: you now sign in with ${email}.` }),
  accountReadyButRefused: {
    sso_required: { en: "Your account is ready. Your organisation requires you to sign in with Microsoft." },
    account_disabled: {
      en: "Your account is ready, but it cannot sign in at the moment. Contact your organisation's owner.",
    },
  } satisfies Record<"sso_required" | "account_disabled", Text>,
} as const;
