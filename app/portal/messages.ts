// What the portal's organisation chooser says (customer portal: English and German).
import type { Text } from "@/lib/i18n/text";

export const PORTAL_CHOOSER_MESSAGES = {
  title: { en: "Choose an organisation", de: "Organisation auswählen" } satisfies Text,
  noneTitle: {
    en: "You are not a member of any organisation",
    de: "Sie sind kein Mitglied einer Organisation",
  } satisfies Text,
  noneDescription: {
    en: "Ask your organisation's owner to invite you, then sign in again.",
    de: "Bitten Sie den Inhaber Ihrer Organisation, Sie einzuladen, und melden Sie sich dann erneut an.",
  } satisfies Text,
  ownMicrosoftSignIn: (organization: string): Text => ({
    en: `${organization} requires you to sign in with Microsoft through its own connection. If you have not yet, connect your Microsoft account for ${organization} on Account → Two-factor authentication first.`,
    de: `${organization} verlangt die Anmeldung mit Microsoft über die eigene Verbindung. Falls noch nicht geschehen, verbinden Sie zuerst Ihr Microsoft-Konto für ${organization} unter Konto → Zwei-Faktor-Authentifizierung.`,
  }),
  signInThrough: { en: "Sign in with Microsoft", de: "Mit Microsoft anmelden" } satisfies Text,
  opening: { en: "Opening Microsoft…", de: "Microsoft wird geöffnet…" } satisfies Text,
  forOrganization: (organization: string): Text => ({
    en: ` for ${organization}`,
    de: ` für ${organization}`,
  }),
};
