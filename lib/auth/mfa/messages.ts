// What two-factor authentication says to the user: refusals of the sign-in challenge, enrolment and
// changes, the backup-code lines of security notices, and the downloadable backup-codes file (built
// in the browser, so nothing here is server-only). Sign-in and account pages: English.
import type { Text } from "../../i18n/text.ts";
import type { MfaRequirement } from "./status.ts";

export const MFA_MESSAGES = {
  wrongCode: {
    totp: { en: "That code is not correct or has already been used. Wait for the next code and try again." },
    backup_code: { en: "That backup code is not correct or has already been used." },
  } satisfies Record<"totp" | "backup_code", Text>,
  throttled: (minutes: number): Text => ({ en: `Too many attempts. Try again in ${minutes} minutes.` }),
  alreadyOn: { en: "Two-factor authentication is already on for your account." },
  notOn: { en: "Two-factor authentication is not on for your account." },
  nothingPending: {
    en: "Start the set-up again: there is no authenticator app waiting to be confirmed.",
  },
  enrolmentCodeWrong: { en: "That code is not correct. Enter the 6-digit code your app shows now." },
  enrolmentRaced: { en: "The set-up was finished or restarted in another window. Reload this page." },
  /** Why MFA may not be turned off (null when it may). */
  disableRefused: (requirement: MfaRequirement): Text | null => {
    if (requirement.staff) return { en: "Staff accounts must keep two-factor authentication on." };
    const names = requirement.organizations;
    if (names.length === 1)
      return {
        en: `${names[0]} requires two-factor authentication for its members, so you cannot turn it off.`,
      };
    if (names.length > 1)
      return {
        en: `${names.join(", ")} require two-factor authentication for their members, so you cannot turn it off.`,
      };
    return null;
  },
  backupCodesLeft: (left: number) =>
    left === 0
      ? "You have no backup codes left: create a new set on your account's security page."
      : `Backup codes left: ${left}.`,
  backupCodesFileName: "article28-backup-codes.txt",
  backupCodesFile: (codes: readonly string[], accountLabel: string) =>
    [
      `Backup codes for ${accountLabel}`,
      "",
      "Each code works once. Use one when you cannot use your authenticator app.",
      "Keep this file somewhere safe and private.",
      "",
      ...codes,
      "",
    ].join("\n"),
} as const;
