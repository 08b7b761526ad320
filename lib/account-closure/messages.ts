// Sentences lib/account-closure writes itself: refusals (read-only while closing, re-authentication,
// cancelling too late) and the email that carries the signed deletion certificate to every former owner,
// in their language and time zone. The certificate's PDF labels are in English (./certificate-pdf.ts),
// like the DSR certificate's.
import type { Locale } from "../i18n/locale.ts";
import type { Text } from "../i18n/text.ts";
import { greeting } from "../mail/greeting.ts";
import { quoted } from "../text/quote.ts";

export const ACCOUNT_CLOSURE_MESSAGES = {
  readOnly: {
    en: "This organisation is being closed and is read-only: nothing can be changed any more. You can still export its data and respond to breach notifications, and an owner can cancel the closure until the deletion starts.",
    de: "Diese Organisation wird geschlossen und ist schreibgeschützt: Es kann nichts mehr geändert werden. Sie können ihre Daten weiterhin exportieren und auf Meldungen von Datenschutzverletzungen antworten, und ein Inhaber kann die Schließung abbrechen, bis die Löschung beginnt.",
  } satisfies Text,
  alreadyClosing: {
    en: "This organisation is already being closed.",
    de: "Diese Organisation wird bereits geschlossen.",
  } satisfies Text,
  notCancellable: {
    en: "The deletion has started and can no longer be cancelled.",
    de: "Die Löschung hat begonnen und kann nicht mehr abgebrochen werden.",
  } satisfies Text,
  nothingToCancel: {
    en: "This organisation is not being closed.",
    de: "Diese Organisation wird nicht geschlossen.",
  } satisfies Text,
  confirmName: {
    en: "Type the organisation's address name exactly as shown to confirm.",
    de: "Geben Sie zur Bestätigung den Adressnamen der Organisation genau wie angezeigt ein.",
  } satisfies Text,
  systemNotAwaiting: {
    en: "This system is not waiting for a confirmation: only a manual system of a deletion in progress is.",
    de: "Dieses System wartet nicht auf eine Bestätigung: Das tun nur manuelle Systeme einer laufenden Löschung.",
  } satisfies Text,
  systemNotFailed: {
    en: "Only a connected system whose attempts all failed can be asked again, while the deletion is in progress.",
    de: "Nur ein angebundenes System, dessen Versuche alle fehlschlugen, kann erneut gefragt werden, solange die Löschung läuft.",
  } satisfies Text,
  unknownClosure: { en: "There is no such closure.", de: "Diese Schließung gibt es nicht." } satisfies Text,
  noCertificate: {
    en: "This closure has no certificate yet: the organisation has not been deleted.",
    de: "Diese Schließung hat noch kein Zertifikat: Die Organisation wurde noch nicht gelöscht.",
  } satisfies Text,
  certificateEmail: (
    locale: Locale,
    facts: {
      name: string | null;
      organization: string;
      reference: string;
      completedAt: string;
      keysUrl: string;
      certificate: string;
    },
  ): { subject: string; text: string } => {
    const organization = quoted(facts.organization, { locale });
    return locale === "de"
      ? {
          subject: `Löschzertifikat ${facts.reference}: ${organization} wurde gelöscht`,
          text: [
            greeting(locale, facts.name),
            "",
            `wie beantragt wurde ${organization} am ${facts.completedAt} aus Article28 gelöscht, und die angebundenen Systeme wurden gebeten, die Daten der Organisation zu löschen.`,
            "",
            "Unten steht das signierte Löschzertifikat (JSON, Ed25519). Speichern Sie den Text zwischen den Linien als Datei, z. B. loeschzertifikat.json, und prüfen Sie es mit `npm run verify-certificate -- loeschzertifikat.json` oder einem beliebigen Ed25519-Werkzeug gegen die veröffentlichten Schlüssel:",
            facts.keysUrl,
            "",
            "Das Audit-Protokoll der Organisation wird nicht mit ihr gelöscht: Es bleibt als Nachweis, bis es wie jedes Protokoll 13 Monate nach seinem letzten Ereignis entfernt wird.",
            "",
            "-----",
            facts.certificate.trimEnd(),
            "-----",
          ].join("\n"),
        }
      : {
          subject: `Deletion certificate ${facts.reference}: ${organization} was deleted`,
          text: [
            greeting(locale, facts.name),
            "",
            `as requested, ${organization} was deleted from Article28 on ${facts.completedAt}, and the connected systems were asked to delete the organisation's data.`,
            "",
            "The signed deletion certificate (JSON, Ed25519) is below. Save the text between the lines as a file, e.g. deletion-certificate.json, and check it with `npm run verify-certificate -- deletion-certificate.json` or any Ed25519 tool against the published keys:",
            facts.keysUrl,
            "",
            "The organisation's audit log is not deleted with it: it stays as evidence until it is removed like every log, 13 months after its newest event.",
            "",
            "-----",
            facts.certificate.trimEnd(),
            "-----",
          ].join("\n"),
        };
  },
};
