// What passwords and password sign-in say to the user: refusals, the policy hint, the reset email and
// the sign-in form's errors (sign-in and account pages: English). No server-only import: the sign-in
// form (a client component) words next-auth's error codes from here.
import type { Text } from "../../i18n/text.ts";
import { quotedOr } from "../../text/quote.ts";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "./password-length.ts";

/** Why a new password is refused (lib/auth/passwords/password-policy.ts). */
export type PasswordWeakness = "too_short" | "too_long" | "repeated" | "personal" | "common";

export const PASSWORD_MESSAGES = {
  policyHint: `At least ${PASSWORD_MIN_LENGTH} characters. A few unrelated words make a strong password; common passwords are refused.`,
  weakness: {
    too_short: { en: `Use at least ${PASSWORD_MIN_LENGTH} characters.` },
    too_long: { en: `Use at most ${PASSWORD_MAX_LENGTH} characters.` },
    repeated: { en: "Do not repeat a single character; choose a password that is harder to guess." },
    personal: { en: "Do not use your email address or name as your password." },
    common: {
      en: "This password is too common: it appears in lists of leaked passwords. Please choose another.",
    },
  } satisfies Record<PasswordWeakness, Text>,
  newPasswordRequired: "Enter a new password.",
  currentPasswordRequired: { en: "Enter your current password." },
  sameAsCurrent: { en: "Choose a password different from your current one." },
  invalidResetLink: {
    en: "This reset link is no longer valid: it has expired or was already used. Please request a new one.",
  },
  resetEmail: (name: string, minutes: number, url: string) => ({
    subject: "Reset your password",
    text: [
      `Hello ${quotedOr(name, "there", { max: 120 })},`,
      "",
      `Someone, hopefully you, asked to reset the password of the account with this email address. Open this link within ${minutes} minutes to choose a new password:`,
      "",
      url,
      "",
      "The link works once. If you did not ask for it, ignore this email: your password stays as it is.",
    ].join("\n"),
  }),
} as const;

/** Error codes the sign-in endpoint hands to the form (next-auth's `error`). */
export const SIGN_IN_ERRORS = { throttled: "Throttled", ssoRequired: "SsoRequired" } as const;

/** What the sign-in form says for next-auth's `error` code. */
export function signInErrorMessage(code: string | null | undefined): string {
  if (code?.startsWith(`${SIGN_IN_ERRORS.throttled}:`)) {
    const minutes = Number(code.split(":")[1]) || 15;
    return `Too many attempts. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`;
  }
  if (code === SIGN_IN_ERRORS.ssoRequired) return "Your organisation requires you to sign in with Microsoft.";
  return "The email or password is not correct.";
}
