// The double opt-in email: nothing is sent to a new address except this one request to confirm.
import type { Locale } from "../../i18n/locale.ts";
import { CONFIRMATION_EMAIL_MESSAGES } from "./messages.ts";

export const CONFIRMATION_HOURS = 48;

export function confirmationEmail(
  locale: Locale,
  providerName: string,
  confirmUrl: string,
): { subject: string; text: string } {
  const words = CONFIRMATION_EMAIL_MESSAGES[locale];
  return {
    subject: words.subject(providerName),
    text: [...words.lines(providerName, CONFIRMATION_HOURS), "", confirmUrl, "", words.ignore].join("\n"),
  };
}
