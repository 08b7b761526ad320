// What the one-click unsubscribe endpoint answers (plain text for mail providers: English).
import type { Text } from "@/lib/i18n/text";

export const ONE_CLICK_MESSAGES = {
  unknownLink: { en: "Unknown unsubscribe link." },
  tooLarge: { en: "Request body too large." },
  notOneClick: { en: "Expected the form field List-Unsubscribe=One-Click (RFC 8058)." },
  unsubscribed: "Unsubscribed.",
} satisfies Record<string, Text | string>;
