// Words of the portal's export page (org.export.manage: owners and admins), English and German.
import type { Text } from "@/lib/i18n/text";
import type { OrganizationExportStatus } from "@/lib/generated/prisma/enums";

export const EXPORT_NAV: Text = { en: "Export", de: "Export" };

export const EXPORT_PAGE_MESSAGES = {
  title: { en: "Export all data", de: "Alle Daten exportieren" } satisfies Text,
  description: {
    en: "One ZIP file with everything Article28 holds for your organisation: members, settings, data-subject requests and their results, breach notifications and their delivery evidence, subprocessor notices, API set-up and the audit log. Each kind of record as CSV and JSON, with a README describing every column and a manifest with the SHA-256 of every file.",
    de: "Eine ZIP-Datei mit allem, was Article28 für Ihre Organisation speichert: Mitglieder, Einstellungen, Betroffenenanfragen und ihre Ergebnisse, Meldungen von Datenschutzverletzungen mit Zustellnachweisen, Mitteilungen zu Unterauftragsverarbeitern, API-Einrichtung und das Audit-Protokoll. Jede Art von Datensatz als CSV und JSON, mit einer README, die jede Spalte beschreibt, und einem Manifest mit dem SHA-256 jeder Datei.",
  } satisfies Text,
  startTitle: { en: "New export", de: "Neuer Export" } satisfies Text,
  startHint: {
    en: "The export is prepared in the background; you can leave this page. When it is ready we email you a link. The file can be downloaded for seven days, then it is deleted. Every download is recorded in the audit log.",
    de: "Der Export wird im Hintergrund erstellt; Sie können diese Seite verlassen. Wenn er bereit ist, senden wir Ihnen einen Link per E-Mail. Die Datei kann sieben Tage lang heruntergeladen werden, danach wird sie gelöscht. Jeder Download wird im Audit-Protokoll vermerkt.",
  } satisfies Text,
  start: { en: "Start export", de: "Export starten" } satisfies Text,
  starting: { en: "Starting…", de: "Wird gestartet…" } satisfies Text,
  started: {
    en: "The export has started. Its progress is shown below.",
    de: "Der Export wurde gestartet. Sein Fortschritt wird unten angezeigt.",
  } satisfies Text,
  listTitle: { en: "Exports", de: "Exporte" } satisfies Text,
  emptyTitle: { en: "No exports yet", de: "Noch keine Exporte" } satisfies Text,
  emptyDescription: {
    en: "Start an export to download everything Article28 holds for your organisation.",
    de: "Starten Sie einen Export, um alles herunterzuladen, was Article28 für Ihre Organisation speichert.",
  } satisfies Text,
  requested: { en: "Requested", de: "Angefordert" } satisfies Text,
  by: { en: "by", de: "von" } satisfies Text,
  status: { en: "Status", de: "Status" } satisfies Text,
  file: { en: "File", de: "Datei" } satisfies Text,
  expires: { en: "Available until", de: "Verfügbar bis" } satisfies Text,
  downloads: { en: "Downloads", de: "Downloads" } satisfies Text,
  actions: { en: "Actions", de: "Aktionen" } satisfies Text,
  download: { en: "Download", de: "Herunterladen" } satisfies Text,
  progress: { en: "Export progress", de: "Fortschritt des Exports" } satisfies Text,
  rows: (done: number, total: number): Text => ({
    en: `${done.toLocaleString("en")} of ${total.toLocaleString("en")} rows`,
    de: `${done.toLocaleString("de")} von ${total.toLocaleString("de")} Zeilen`,
  }),
  statuses: {
    QUEUED: { en: "Waiting", de: "Wartet" },
    RUNNING: { en: "Being prepared", de: "Wird erstellt" },
    READY: { en: "Ready", de: "Bereit" },
    FAILED: { en: "Failed", de: "Fehlgeschlagen" },
    EXPIRED: { en: "Expired", de: "Abgelaufen" },
  } satisfies Record<OrganizationExportStatus, Text>,
  failedHint: {
    en: "Preparing this export failed. Start a new one; if it fails again, contact the provider.",
    de: "Dieser Export konnte nicht erstellt werden. Starten Sie einen neuen; schlägt er wieder fehl, wenden Sie sich an den Anbieter.",
  } satisfies Text,
  sha256: { en: "SHA-256", de: "SHA-256" } satisfies Text,
};
