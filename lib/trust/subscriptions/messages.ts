// The words lib/ writes to subscribers: the double opt-in email, in the language they subscribed in.
import type { Locale } from "../../i18n/locale.ts";

export const CONFIRMATION_EMAIL_MESSAGES: Record<
  Locale,
  {
    subject: (provider: string) => string;
    lines: (provider: string, hours: number) => string[];
    ignore: string;
  }
> = {
  en: {
    subject: (provider) => `Confirm your subscription to ${provider} subprocessor changes`,
    lines: (provider, hours) => [
      "Hello,",
      "",
      `someone, hopefully you, asked to be emailed at this address when the subprocessors of ${provider} change.`,
      `Please confirm within ${hours} hours by opening this link:`,
    ],
    ignore:
      "If you did not ask for this, ignore this email: without confirmation you will not receive anything else.",
  },
  de: {
    subject: (provider) => `Bitte bestätigen Sie Ihr Abonnement: Unterauftragsverarbeiter von ${provider}`,
    lines: (provider, hours) => [
      "Guten Tag,",
      "",
      `jemand, hoffentlich Sie, möchte mit dieser Adresse per E-Mail erfahren, wenn sich die Unterauftragsverarbeiter von ${provider} ändern.`,
      `Bitte bestätigen Sie das innerhalb von ${hours} Stunden über diesen Link:`,
    ],
    ignore:
      "Wenn Sie das nicht angefordert haben, ignorieren Sie diese E-Mail: ohne Bestätigung erhalten Sie keine weiteren Nachrichten.",
  },
};
