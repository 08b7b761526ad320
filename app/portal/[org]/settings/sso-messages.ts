// What the organisation's Microsoft sign-in settings say (customer portal: English today).
import type { Text } from "@/lib/i18n/text";

export const SSO_SETTINGS_MESSAGES = {
  saved: (created: boolean): Text => ({
    en: created ? "Microsoft sign-in is set up." : "Microsoft sign-in settings saved.",
  }),
  /** While members must sign in with Microsoft, the connection is the only way in (S23). */
  requiredOwner:
    "Members must sign in with Microsoft, so this connection is the only way in: it cannot be switched off or moved to another tenant until that requirement is turned off above.",
  requiredAdmin:
    "Members must sign in with Microsoft, so this connection is the only way in: only an owner can change it.",
} as const;
