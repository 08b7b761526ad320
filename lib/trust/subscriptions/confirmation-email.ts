// The double opt-in email: nothing is sent to a new address except this one request to confirm.
import type { Locale } from "../../i18n/locale.ts";

export const CONFIRMATION_HOURS = 48;

export function confirmationEmail(
  locale: Locale,
  providerName: string,
  confirmUrl: string,
): { subject: string; text: string } {
  if (locale === "de") {
    return {
      subject: `Bitte bestätigen Sie Ihr Abonnement: Unterauftragsverarbeiter von ${providerName}`,
      text: [
        "Guten Tag,",
        "",
        `jemand, hoffentlich Sie, möchte mit dieser Adresse per E-Mail erfahren, wenn sich die Unterauftragsverarbeiter von ${providerName} ändern.`,
        `Bitte bestätigen Sie das innerhalb von ${CONFIRMATION_HOURS} Stunden über diesen Link:`,
        "",
        confirmUrl,
        "",
        "Wenn Sie das nicht angefordert haben, ignorieren Sie diese E-Mail: ohne Bestätigung erhalten Sie keine weiteren Nachrichten.",
      ].join("\n"),
    };
  }
  return {
    subject: `Confirm your subscription to ${providerName} subprocessor changes`,
    text: [
      "Hello,",
      "",
      `someone, hopefully you, asked to be emailed at this address when the subprocessors of ${providerName} change.`,
      `Please confirm within ${CONFIRMATION_HOURS} hours by opening this link:`,
      "",
      confirmUrl,
      "",
      "If you did not ask for this, ignore this email: without confirmation you will not receive anything else.",
    ].join("\n"),
  };
}
