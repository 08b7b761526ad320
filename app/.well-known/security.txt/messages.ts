// What /.well-known/security.txt answers when it cannot be built (plain text: English).
import type { Text } from "@/lib/i18n/text";

export const SECURITY_TXT_MESSAGES = {
  notSetUp: { en: "The provider settings are not set up yet." },
} satisfies Record<string, Text>;
