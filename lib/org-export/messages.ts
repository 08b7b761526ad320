// Sentences lib/org-export writes itself: refusals of export requests and downloads, and the email that
// tells the requester their export is ready (in their language, with the time it expires in their zone).
import type { Locale } from "../i18n/locale.ts";
import type { Text } from "../i18n/text.ts";
import { greeting } from "../mail/greeting.ts";
import { quoted } from "../text/quote.ts";

export const ORG_EXPORT_MESSAGES = {
  running: {
    en: "An export of this organisation is already being prepared. Wait until it is ready.",
    de: "Ein Export dieser Organisation wird bereits erstellt. Warten Sie, bis er bereit ist.",
  } satisfies Text,
  unknownExport: { en: "There is no such export.", de: "Diesen Export gibt es nicht." } satisfies Text,
  notReady: {
    en: "This export is not ready yet.",
    de: "Dieser Export ist noch nicht bereit.",
  } satisfies Text,
  expired: {
    en: "This export's link has expired and its file was deleted. Start a new export.",
    de: "Der Link dieses Exports ist abgelaufen und die Datei wurde gelöscht. Starten Sie einen neuen Export.",
  } satisfies Text,
  readyEmail: (
    locale: Locale,
    facts: { name: string | null; organization: string; url: string; expires: string; size: string },
  ): { subject: string; text: string } => {
    const organization = quoted(facts.organization, { locale });
    return locale === "de"
      ? {
          subject: `Export von ${organization} bereit`,
          text: [
            greeting(locale, facts.name),
            "",
            `der Export aller Daten, die Article28 für ${organization} speichert, ist bereit (${facts.size}).`,
            "",
            `Herunterladen (Anmeldung als Inhaber oder Administrator erforderlich): ${facts.url}`,
            "",
            `Der Link gilt bis ${facts.expires}; danach wird die Datei gelöscht.`,
          ].join("\n"),
        }
      : {
          subject: `Export of ${organization} ready`,
          text: [
            greeting(locale, facts.name),
            "",
            `the export of everything Article28 holds for ${organization} is ready (${facts.size}).`,
            "",
            `Download it (sign in as an owner or administrator): ${facts.url}`,
            "",
            `The link works until ${facts.expires}; then the file is deleted.`,
          ].join("\n"),
        };
  },
};
