// What the organisation's Microsoft sign-in settings say (customer portal: English today).
import type { Text } from "@/lib/i18n/text";

export const SSO_SETTINGS_MESSAGES = {
  saved: (created: boolean): Text => ({
    en: created ? "Microsoft sign-in is set up." : "Microsoft sign-in settings saved.",
  }),
} as const;
