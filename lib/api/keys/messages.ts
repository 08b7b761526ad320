// Sentences lib/api/keys writes itself: field refusals of the key form (English, like the other field
// rules of lib/text) and refusals of changes.
import type { Text } from "../../i18n/text.ts";

export const API_KEY_MESSAGES = {
  nameRequired: "Give the key a name.",
  scopeRequired: "Choose at least one scope.",
  alreadyRevoked: {
    en: "This key was already revoked.",
    de: "Dieser Schlüssel wurde bereits widerrufen.",
  } satisfies Text,
};
