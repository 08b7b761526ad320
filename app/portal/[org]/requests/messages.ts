// Words of the portal's data-subject request pages (customer portal: English and German, in the reader's
// language). Facts come from lib/dsr; its field errors, type and status names are worded by
// lib/dsr/messages.ts (DSR_INPUT_MESSAGES, DSR_TYPE_LABELS, DSR_STATUS_LABELS).
import type { Text } from "@/lib/i18n/text";

export const REQUESTS_NAV: Text = { en: "Requests", de: "Anfragen" };

export const REQUEST_LIST_MESSAGES = {
  title: { en: "Data-subject requests", de: "Betroffenenanfragen" } satisfies Text,
  description: {
    en: "Requests you instructed us to assist with (Art. 28(3)(e) GDPR), with the legal due date you answer the data subject by and our own due date for the work in our systems.",
    de: "Anfragen, bei denen Sie uns um Unterstützung gebeten haben (Art. 28 Abs. 3 lit. e DSGVO), mit der gesetzlichen Frist, bis zu der Sie der betroffenen Person antworten, und unserer eigenen Frist für die Arbeit in unseren Systemen.",
  } satisfies Text,
  newRequest: { en: "New request", de: "Neue Anfrage" } satisfies Text,
  importCsv: { en: "Import from CSV", de: "Aus CSV importieren" } satisfies Text,
  filters: { en: "Filter requests", de: "Anfragen filtern" } satisfies Text,
  status: { en: "Status", de: "Status" } satisfies Text,
  type: { en: "Type", de: "Art" } satisfies Text,
  any: { en: "Any", de: "Alle" } satisfies Text,
  apply: { en: "Show", de: "Anzeigen" } satisfies Text,
  clear: { en: "Clear filters", de: "Filter zurücksetzen" } satisfies Text,
  caption: {
    en: "Data-subject requests of this organisation",
    de: "Betroffenenanfragen dieser Organisation",
  } satisfies Text,
  reference: { en: "Reference", de: "Zeichen" } satisfies Text,
  received: { en: "Received", de: "Eingegangen" } satisfies Text,
  legalDue: { en: "Legal due date", de: "Gesetzliche Frist" } satisfies Text,
  processorDue: { en: "Our due date", de: "Unsere Frist" } satisfies Text,
  progress: { en: "Systems", de: "Systeme" } satisfies Text,
  overdue: { en: "Overdue", de: "Überfällig" } satisfies Text,
  extended: { en: "Extended", de: "Verlängert" } satisfies Text,
  timesIn: (zone: string): Text => ({
    en: `Due dates are the end of the day in your organisation's time zone, ${zone}; received times in yours.`,
    de: `Fristen enden am Ende des Tages in der Zeitzone Ihrer Organisation, ${zone}; Eingangszeiten in Ihrer.`,
  }),
  emptyTitle: { en: "No requests yet", de: "Noch keine Anfragen" } satisfies Text,
  emptyManage: {
    en: "When a data subject asks you for access to, erasure or correction of their data and our product holds it, file the request here (or import several from a CSV file). We do the work in every connected system and you see the result here.",
    de: "Wenn eine betroffene Person Sie um Auskunft, Löschung oder Berichtigung ihrer Daten bittet und unser Produkt diese Daten enthält, erfassen Sie die Anfrage hier (oder importieren Sie mehrere aus einer CSV-Datei). Wir erledigen die Arbeit in jedem angebundenen System, und Sie sehen das Ergebnis hier.",
  } satisfies Text,
  emptyRead: {
    en: "Requests your organisation files appear here. Owners, admins and privacy officers can file them.",
    de: "Anfragen, die Ihre Organisation erfasst, erscheinen hier. Inhaber, Administratoren und Datenschutzbeauftragte können sie erfassen.",
  } satisfies Text,
  noneMatchTitle: { en: "No request matches", de: "Keine Anfrage passt" } satisfies Text,
  noneMatch: {
    en: "No request has this status and type. Clear the filters to see all.",
    de: "Keine Anfrage hat diesen Status und diese Art. Setzen Sie die Filter zurück, um alle zu sehen.",
  } satisfies Text,
  nextPage: { en: "Older requests", de: "Ältere Anfragen" } satisfies Text,
};

export const REQUEST_FORM_MESSAGES = {
  title: { en: "New data-subject request", de: "Neue Betroffenenanfrage" } satisfies Text,
  description: {
    en: "Instruct us to assist with a request a data subject made to you. We act only on this instruction (Art. 28(3)(a) GDPR).",
    de: "Beauftragen Sie uns mit der Unterstützung bei einer Anfrage, die eine betroffene Person an Sie gerichtet hat. Wir handeln nur auf diese Weisung (Art. 28 Abs. 3 lit. a DSGVO).",
  } satisfies Text,
  formLabel: { en: "New data-subject request", de: "Neue Betroffenenanfrage" } satisfies Text,
  type: { en: "Type of request", de: "Art der Anfrage" } satisfies Text,
  chooseType: { en: "Choose…", de: "Bitte wählen…" } satisfies Text,
  subjectLegend: { en: "The data subject", de: "Die betroffene Person" } satisfies Text,
  subjectHint: {
    en: "Only what we need to find them (at least one): their email address and/or your user id for them.",
    de: "Nur was wir brauchen, um sie zu finden (mindestens eines): ihre E-Mail-Adresse und/oder Ihre Benutzerkennung für sie.",
  } satisfies Text,
  email: { en: "Email address", de: "E-Mail-Adresse" } satisfies Text,
  externalId: { en: "Your user id", de: "Ihre Benutzerkennung" } satisfies Text,
  receivedAt: (zone: string): Text => ({
    en: `When you received the request (${zone})`,
    de: `Wann Sie die Anfrage erhalten haben (${zone})`,
  }),
  receivedHint: {
    en: "The legal due date is one month from this day (Art. 12(3) GDPR).",
    de: "Die gesetzliche Frist beträgt einen Monat ab diesem Tag (Art. 12 Abs. 3 DSGVO).",
  } satisfies Text,
  instructionReference: { en: "Your reference (optional)", de: "Ihr Zeichen (optional)" } satisfies Text,
  note: { en: "Note for us (optional)", de: "Hinweis an uns (optional)" } satisfies Text,
  corrections: { en: "Corrections", de: "Berichtigungen" } satisfies Text,
  correctionsHint: {
    en: "One line per field, as field: new value — for example last_name: Schmidt.",
    de: "Eine Zeile je Feld, als Feld: neuer Wert — zum Beispiel last_name: Schmidt.",
  } satisfies Text,
  scope: { en: "Scope", de: "Umfang" } satisfies Text,
  scopeHint: {
    en: "What the restriction or objection covers, e.g. which processing or which data.",
    de: "Worauf sich die Einschränkung oder der Widerspruch bezieht, z. B. welche Verarbeitung oder welche Daten.",
  } satisfies Text,
  attestation: {
    en: "I confirm that we have verified the data subject's identity.",
    de: "Ich bestätige, dass wir die Identität der betroffenen Person geprüft haben.",
  } satisfies Text,
  submit: { en: "File request", de: "Anfrage erfassen" } satisfies Text,
  submitting: { en: "Filing…", de: "Wird erfasst…" } satisfies Text,
  cancel: { en: "Back to requests", de: "Zurück zu den Anfragen" } satisfies Text,
  instructTitle: { en: "Instruct us", de: "Uns beauftragen" } satisfies Text,
  instructSubmit: { en: "Instruct", de: "Beauftragen" } satisfies Text,
  instructing: { en: "Instructing…", de: "Wird beauftragt…" } satisfies Text,
  typeIs: { en: "Type of request", de: "Art der Anfrage" } satisfies Text,
};

export const IMPORT_MESSAGES = {
  title: { en: "Import requests from CSV", de: "Anfragen aus CSV importieren" } satisfies Text,
  description: {
    en: "Check a file first: every row is shown with its problems. Nothing is stored until you import, and a file with any problem imports nothing.",
    de: "Prüfen Sie zuerst eine Datei: Jede Zeile wird mit ihren Fehlern angezeigt. Erst beim Import wird etwas gespeichert, und eine Datei mit Fehlern importiert nichts.",
  } satisfies Text,
  template: { en: "Download the template (CSV)", de: "Vorlage herunterladen (CSV)" } satisfies Text,
  limits: (rows: number, kb: number): Text => ({
    en: `At most ${rows} requests and ${kb} KB per file. Columns as in the template; received_at as 2026-03-05T10:00:00Z, or 2026-03-05 14:30 in your organisation's time zone; identity_verified yes; corrections as field: value, separated by ;.`,
    de: `Höchstens ${rows} Anfragen und ${kb} KB je Datei. Spalten wie in der Vorlage; received_at als 2026-03-05T10:00:00Z oder 2026-03-05 14:30 in der Zeitzone Ihrer Organisation; identity_verified yes; corrections als Feld: Wert, getrennt durch ;.`,
  }),
  file: { en: "CSV file", de: "CSV-Datei" } satisfies Text,
  check: { en: "Check file", de: "Datei prüfen" } satisfies Text,
  checking: { en: "Checking…", de: "Wird geprüft…" } satisfies Text,
  noFile: { en: "Choose a CSV file.", de: "Wählen Sie eine CSV-Datei." } satisfies Text,
  notCsv: {
    en: "Choose a CSV file (text, comma separated).",
    de: "Wählen Sie eine CSV-Datei (Text, durch Kommas getrennt).",
  } satisfies Text,
  fileProblems: { en: "The file cannot be read", de: "Die Datei kann nicht gelesen werden" } satisfies Text,
  previewCaption: (name: string): Text => ({ en: `Rows of ${name}`, de: `Zeilen von ${name}` }),
  line: { en: "Line", de: "Zeile" } satisfies Text,
  type: { en: "Type", de: "Art" } satisfies Text,
  received: { en: "Received", de: "Eingegangen" } satisfies Text,
  subject: { en: "Subject", de: "Betroffene Person" } satisfies Text,
  problems: { en: "Problems", de: "Fehler" } satisfies Text,
  rowOk: { en: "Ready", de: "Bereit" } satisfies Text,
  column: (name: string): Text => ({ en: `Column ${name}:`, de: `Spalte ${name}:` }),
  summaryOk: (count: number): Text => ({
    en: `All ${count} rows are ready.`,
    de: `Alle ${count} Zeilen sind bereit.`,
  }),
  summaryProblems: (bad: number, total: number): Text => ({
    en: `${bad} of ${total} rows have problems. Correct them in the file and check it again; nothing will be imported until every row is ready.`,
    de: `${bad} von ${total} Zeilen haben Fehler. Korrigieren Sie sie in der Datei und prüfen Sie sie erneut; importiert wird erst, wenn jede Zeile bereit ist.`,
  }),
  importN: (count: number): Text => ({
    en: `Import ${count} request${count === 1 ? "" : "s"}`,
    de: `${count} Anfrage${count === 1 ? "" : "n"} importieren`,
  }),
  importing: { en: "Importing…", de: "Wird importiert…" } satisfies Text,
  imported: (count: number, first: string, last: string): Text => ({
    en: `Imported ${count} request${count === 1 ? "" : "s"} (${first}${count > 1 ? ` to ${last}` : ""}).`,
    de: `${count} Anfrage${count === 1 ? "" : "n"} importiert (${first}${count > 1 ? ` bis ${last}` : ""}).`,
  }),
  back: { en: "Back to requests", de: "Zurück zu den Anfragen" } satisfies Text,
};

export const REQUEST_DETAIL_MESSAGES = {
  pageTitle: { en: "Data-subject request", de: "Betroffenenanfrage" } satisfies Text,
  filed: (reference: string): Text => ({
    en: `Request ${reference} filed. We start work in the connected systems.`,
    de: `Anfrage ${reference} erfasst. Wir beginnen mit der Arbeit in den angebundenen Systemen.`,
  }),
  duplicate: {
    en: "Another open request of the same type concerns the same data subject:",
    de: "Eine andere offene Anfrage derselben Art betrifft dieselbe betroffene Person:",
  } satisfies Text,
  factsTitle: { en: "At a glance", de: "Auf einen Blick" } satisfies Text,
  type: { en: "Type", de: "Art" } satisfies Text,
  status: { en: "Status", de: "Status" } satisfies Text,
  source: { en: "Filed through", de: "Erfasst über" } satisfies Text,
  sources: {
    PORTAL: { en: "Portal", de: "Portal" },
    CSV_IMPORT: { en: "CSV import", de: "CSV-Import" },
    API: { en: "API", de: "API" },
    FORWARDED: {
      en: "Forwarded by us from the data subject",
      de: "Von uns weitergeleitet (von der betroffenen Person)",
    },
  } satisfies Record<string, Text>,
  subject: { en: "Data subject", de: "Betroffene Person" } satisfies Text,
  subjectRemoved: {
    en: "Removed when the request closed (only a keyed fingerprint is kept to recognise a repeat request).",
    de: "Beim Abschluss der Anfrage entfernt (nur ein verschlüsselter Fingerabdruck bleibt, um eine wiederholte Anfrage zu erkennen).",
  } satisfies Text,
  email: { en: "Email", de: "E-Mail" } satisfies Text,
  externalId: { en: "Your user id", de: "Ihre Benutzerkennung" } satisfies Text,
  corrections: { en: "Corrections", de: "Berichtigungen" } satisfies Text,
  scope: { en: "Scope", de: "Umfang" } satisfies Text,
  instructionReference: { en: "Your reference", de: "Ihr Zeichen" } satisfies Text,
  note: { en: "Note", de: "Hinweis" } satisfies Text,
  identity: { en: "Identity verified", de: "Identität geprüft" } satisfies Text,
  attestedBy: (name: string): Text => ({ en: `Confirmed by ${name}`, de: `Bestätigt von ${name}` }),
  attested: { en: "Confirmed", de: "Bestätigt" } satisfies Text,
  notYet: { en: "Not yet", de: "Noch nicht" } satisfies Text,
  deadlinesTitle: { en: "Deadlines", de: "Fristen" } satisfies Text,
  received: { en: "Received by you", de: "Bei Ihnen eingegangen" } satisfies Text,
  legalDue: {
    en: "Legal due date (Art. 12(3) GDPR)",
    de: "Gesetzliche Frist (Art. 12 Abs. 3 DSGVO)",
  } satisfies Text,
  processorDue: { en: "Our due date (your contract)", de: "Unsere Frist (Ihr Vertrag)" } satisfies Text,
  zone: (zone: string): Text => ({ en: `end of day, ${zone}`, de: `Tagesende, ${zone}` }),
  historyCaption: { en: "Deadline changes", de: "Friständerungen" } satisfies Text,
  historyWhen: { en: "When", de: "Wann" } satisfies Text,
  historyChange: { en: "Change", de: "Änderung" } satisfies Text,
  historyReason: { en: "Reason", de: "Grund" } satisfies Text,
  historyTold: { en: "You were told", de: "Sie wurden informiert" } satisfies Text,
  extensionKind: { en: "Extended by us", de: "Von uns verlängert" } satisfies Text,
  instructedKind: {
    en: "Counted from your date of receipt when you instructed us",
    de: "Ab Ihrem Eingangsdatum gezählt, als Sie uns beauftragt haben",
  } satisfies Text,
  fromTo: (from: string, to: string): Text => ({ en: `${from} → ${to}`, de: `${from} → ${to}` }),
  noHistory: { en: "No changes.", de: "Keine Änderungen." } satisfies Text,
  declined: { en: "Declined by us", de: "Von uns abgelehnt" } satisfies Text,
  declineReason: { en: "Reason", de: "Grund" } satisfies Text,
  tasksTitle: { en: "Work in our systems", de: "Arbeit in unseren Systemen" } satisfies Text,
  tasksCaption: { en: "One row per system and action", de: "Eine Zeile je System und Aktion" } satisfies Text,
  system: { en: "System", de: "System" } satisfies Text,
  action: { en: "Action", de: "Aktion" } satisfies Text,
  taskStatus: { en: "Status", de: "Status" } satisfies Text,
  records: { en: "Records", de: "Datensätze" } satisfies Text,
  ground: { en: "Ground", de: "Grund" } satisfies Text,
  until: (date: string): Text => ({ en: `until ${date}`, de: `bis ${date}` }),
  noTasksTitle: { en: "No work in our systems", de: "Keine Arbeit in unseren Systemen" } satisfies Text,
  noTasksForwarded: {
    en: "Nothing runs until you instruct us.",
    de: "Nichts läuft, bevor Sie uns beauftragen.",
  } satisfies Text,
  noTasks: {
    en: "None of our connected systems holds your organisation's data.",
    de: "Keines unserer angebundenen Systeme enthält Daten Ihrer Organisation.",
  } satisfies Text,
  timelineTitle: { en: "Timeline", de: "Verlauf" } satisfies Text,
  package: { en: "Download the result (ZIP)", de: "Ergebnis herunterladen (ZIP)" } satisfies Text,
  certificate: {
    ERASURE: { en: "Erasure certificate", de: "Löschbestätigung" },
    RECTIFICATION: { en: "Rectification certificate", de: "Bestätigung der Berichtigung" },
    RESTRICTION: { en: "Restriction certificate", de: "Bestätigung der Einschränkung" },
    OBJECTION: { en: "Objection certificate", de: "Bestätigung des Widerspruchs" },
  } satisfies Record<string, Text>,
  /** The same certificate as the signed JSON file (ADR 0020), beside the PDF link. */
  signedCertificate: { en: "Signed file (JSON)", de: "Signierte Datei (JSON)" } satisfies Text,
  cancelTitle: { en: "Cancel this request", de: "Diese Anfrage stornieren" } satisfies Text,
  cancelText: {
    en: "Nothing has been executed for it yet. Cancelling stops it for good and removes the subject's identifiers.",
    de: "Dafür wurde noch nichts ausgeführt. Eine Stornierung beendet sie endgültig und entfernt die Kennungen der betroffenen Person.",
  } satisfies Text,
  cancel: { en: "Cancel request", de: "Anfrage stornieren" } satisfies Text,
  cancelling: { en: "Cancelling…", de: "Wird storniert…" } satisfies Text,
  cancelled: (reference: string): Text => ({
    en: `${reference} was cancelled.`,
    de: `${reference} wurde storniert.`,
  }),
  forwardedTitle: {
    en: "Forwarded to you: a data subject wrote to us",
    de: "An Sie weitergeleitet: Eine betroffene Person hat uns geschrieben",
  } satisfies Text,
  forwardedText: {
    en: "We have not acted on this request and will not without your instruction (Art. 28(3)(a) GDPR). Decide whether it is yours to answer: instruct us below, or close it.",
    de: "Wir haben nichts unternommen und werden ohne Ihre Weisung nichts unternehmen (Art. 28 Abs. 3 lit. a DSGVO). Entscheiden Sie, ob Sie die Anfrage beantworten: Beauftragen Sie uns unten, oder schließen Sie sie.",
  } satisfies Text,
  forwardedName: { en: "Name", de: "Name" } satisfies Text,
  forwardedEmail: { en: "Email", de: "E-Mail" } satisfies Text,
  forwardedCompany: { en: "Company named", de: "Genanntes Unternehmen" } satisfies Text,
  forwardedMessage: { en: "Message", de: "Nachricht" } satisfies Text,
  forwardedAt: { en: "Received by us", de: "Bei uns eingegangen" } satisfies Text,
  notInstructed: {
    en: "Closed by you without instruction.",
    de: "Von Ihnen ohne Auftrag geschlossen.",
  } satisfies Text,
  closeNotInstructed: { en: "Close without instructing", de: "Ohne Auftrag schließen" } satisfies Text,
  closing: { en: "Closing…", de: "Wird geschlossen…" } satisfies Text,
  closedNotInstructed: (reference: string): Text => ({
    en: `${reference} was closed without instruction.`,
    de: `${reference} wurde ohne Auftrag geschlossen.`,
  }),
  instructed: (reference: string): Text => ({
    en: `${reference} instructed. We start work in the connected systems.`,
    de: `${reference} beauftragt. Wir beginnen mit der Arbeit in den angebundenen Systemen.`,
  }),
  back: { en: "All requests", de: "Alle Anfragen" } satisfies Text,
  timesIn: { en: "Times in your time zone:", de: "Zeiten in Ihrer Zeitzone:" } satisfies Text,
};
