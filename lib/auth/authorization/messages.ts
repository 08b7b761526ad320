import type { Text } from "../../i18n/text.ts";

export const AUTHORIZATION_MESSAGES = {
  ipNotAllowed: (ip: string | null): Text => ({
    en: `Your organisation allows access only from its approved networks; ${ip ?? "your address"} is not one of them.`,
    de: `Ihre Organisation erlaubt den Zugriff nur aus freigegebenen Netzen; ${ip ?? "Ihre Adresse"} gehört nicht dazu.`,
  }),
  ownMicrosoftSignInRequired: (organization: string): Text => ({
    en: `${organization} requires you to sign in with Microsoft through its own connection.`,
    de: `${organization} verlangt die Anmeldung mit Microsoft über die eigene Verbindung.`,
  }),
};
