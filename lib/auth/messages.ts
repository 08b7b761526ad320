// The security notices lib/auth/security-notice.ts emails when a security setting of an account
// changes (SECURITY.md S6). English, like every email of the sign-in area.
import { quoted, quotedOr } from "../text/quote.ts";
import { toSingleLine } from "../text/single-line.ts";
import type { SecurityChange } from "./security-notice.ts";

export const SECURITY_NOTICE_MESSAGES = {
  notices: {
    "password.changed": {
      subject: "Your password was changed",
      happened: "The password of your account was changed.",
    },
    "password.reset": {
      subject: "Your password was reset",
      happened: "The password of your account was reset through an emailed link.",
    },
    "email.change_requested": {
      subject: "A change of your sign-in email address was requested",
      happened:
        "Someone signed in to your account asked to change the email address you sign in with. Nothing changes until the new address is confirmed.",
    },
    "email.changed": {
      subject: "Your sign-in email address was changed",
      happened: "The email address you sign in with was changed.",
    },
    "mfa.enabled": {
      subject: "Two-factor authentication was turned on",
      happened: "Two-factor authentication was turned on for your account.",
    },
    "mfa.disabled": {
      subject: "Two-factor authentication was turned off",
      happened: "Two-factor authentication was turned off for your account.",
    },
    "mfa.reset": {
      subject: "Your two-factor authentication was reset",
      happened:
        "A staff administrator reset two-factor authentication for your account: your authenticator app and backup codes no longer work, and you were signed out everywhere. Set up two-factor authentication again when you next sign in.",
    },
    "mfa.backup_codes.regenerated": {
      subject: "New backup codes were created",
      happened: "A new set of backup codes was created for your account. The previous codes no longer work.",
    },
    "mfa.backup_code.used": {
      subject: "A backup code was used to sign in",
      happened: "One of your backup codes was used to sign in to your account.",
    },
    "sso.linked": {
      subject: "A Microsoft account was connected to your account",
      happened:
        "A Microsoft account was connected to your account. It can now be used to sign in to your account.",
    },
    "sso.unlinked": {
      subject: "A Microsoft account was disconnected from your account",
      happened:
        "A Microsoft account was disconnected from your account. It can no longer be used to sign in to your account.",
    },
  } satisfies Record<SecurityChange, { subject: string; happened: string }>,
  /** The user's name quoted (it may come from elsewhere, e.g. a Microsoft claim: S25). */
  greeting: (name: string) => `Hello ${quotedOr(name, "there", { max: 120 })},`,
  when: (when: string) => `When: ${when}`,
  fromIp: (ip: string) => `IP address ${toSingleLine(ip, 64)}`,
  fromBrowser: (userAgent: string) => `browser ${quoted(userAgent, { max: 160 })}`,
  from: (where: string) => `From: ${where}`,
  ifYou: "If this was you, there is nothing else to do.",
  ifNotYou: (resetUrl: string) =>
    `If it was not you, reset your password at ${resetUrl} straight away and tell your administrator.`,
  automatic: "This notice was sent automatically for your security.",
} as const;
