// Words of the organisation's retention page (customer portal: English and German).
import type { Text } from "@/lib/i18n/text";

export const RETENTION_MESSAGES = {
  title: { en: "Retention", de: "Aufbewahrung" } satisfies Text,
  description: {
    en: "How long the provider keeps your organisation's records of each kind. You may choose a shorter period, down to the shortest the provider allows; an hourly job removes what has expired and leaves evidence of each run below.",
    de: "Wie lange der Anbieter die Datensätze Ihrer Organisation jeder Art aufbewahrt. Sie können eine kürzere Frist wählen, bis zur kürzesten, die der Anbieter erlaubt; ein stündlicher Lauf löscht, was abgelaufen ist, und hinterlässt unten einen Nachweis jedes Laufs.",
  } satisfies Text,
  periodsTitle: { en: "Periods", de: "Fristen" } satisfies Text,
  /** A connected system's category (ADR 0028). */
  keptIn: (system: string, byHand: boolean): Text =>
    byHand
      ? {
          en: `Kept in ${system}; the provider's staff remove expired records there by hand.`,
          de: `Gespeichert in ${system}; die Mitarbeitenden des Anbieters löschen abgelaufene Datensätze dort von Hand.`,
        }
      : {
          en: `Kept in ${system}; the system removes expired records when the hourly job asks it.`,
          de: `Gespeichert in ${system}; das System löscht abgelaufene Datensätze, wenn der stündliche Lauf es auffordert.`,
        },
  runsTitle: { en: "Purge evidence", de: "Löschnachweise" } satisfies Text,
  category: { en: "Records", de: "Datensätze" } satisfies Text,
  provider: { en: "Provider's period", de: "Frist des Anbieters" } satisfies Text,
  yours: { en: "Your period (days)", de: "Ihre Frist (Tage)" } satisfies Text,
  yoursHint: (min: number, max: number): Text => ({
    en: `Between ${min} and ${max} days; empty: the provider's period.`,
    de: `Zwischen ${min} und ${max} Tagen; leer: die Frist des Anbieters.`,
  }),
  days: (n: number): Text => ({
    en: `${n} day${n === 1 ? "" : "s"}`,
    de: `${n} ${n === 1 ? "Tag" : "Tage"}`,
  }),
  save: { en: "Save", de: "Speichern" } satisfies Text,
  saving: { en: "Saving…", de: "Wird gespeichert…" } satisfies Text,
  saved: {
    en: "Saved; the next purge applies it.",
    de: "Gespeichert; der nächste Lauf wendet sie an.",
  } satisfies Text,
  nothingChanged: { en: "Nothing changed.", de: "Nichts geändert." } satisfies Text,
  ran: { en: "Ran", de: "Lauf" } satisfies Text,
  selector: { en: "Selector", de: "Auswahl" } satisfies Text,
  removed: { en: "Removed", de: "Gelöscht" } satisfies Text,
  range: { en: "Time range", de: "Zeitraum" } satisfies Text,
  hash: { en: "SHA-256 of the removed ids", de: "SHA-256 der gelöschten IDs" } satisfies Text,
  before: { en: "before", de: "vor" } satisfies Text,
  noRuns: {
    en: "No purge has removed any of your records yet",
    de: "Noch kein Lauf hat Datensätze von Ihnen gelöscht",
  } satisfies Text,
  noRunsHint: {
    en: "Each run that removes your records leaves its evidence here: what, how many, their time range and a hash of their ids.",
    de: "Jeder Lauf, der Ihre Datensätze löscht, hinterlässt hier seinen Nachweis: was, wie viele, ihr Zeitraum und ein Hash ihrer IDs.",
  } satisfies Text,
  certificate: { en: "Certificate", de: "Zertifikat" } satisfies Text,
  certificatePdf: { en: "Certificate (PDF)", de: "Zertifikat (PDF)" } satisfies Text,
  certificateJson: { en: "Signed file (JSON)", de: "Signierte Datei (JSON)" } satisfies Text,
  certificatePdfFor: (category: string): Text => ({
    en: `Certificate (PDF): ${category}`,
    de: `Zertifikat (PDF): ${category}`,
  }),
  certificateJsonFor: (category: string): Text => ({
    en: `Signed file (JSON): ${category}`,
    de: `Signierte Datei (JSON): ${category}`,
  }),
  certificateHint: {
    en: "Each purge's certificate (PDF, and the signed JSON file it renders) can be checked by anyone with the provider's published keys.",
    de: "Das Zertifikat jedes Laufs (PDF und die signierte JSON-Datei dazu) kann jeder mit den veröffentlichten Schlüsseln des Anbieters prüfen.",
  } satisfies Text,
  settingsLink: {
    en: "Retention periods and purge evidence",
    de: "Aufbewahrungsfristen und Löschnachweise",
  } satisfies Text,
};
