// What lib/dsr says (GDPR.md A1-A16): refusals of the domain (the portal reads them in English or
// German), field errors of the request input, the names of types and statuses, and the emails it writes.
// Field errors: the request input is built per language from DSR_INPUT_MESSAGES (the API reads English).
import type { DsrStatus, DsrTaskAction, DsrTaskStatus, DsrType } from "../generated/prisma/enums.ts";
import type { Locale } from "../i18n/locale.ts";
import type { Text } from "../i18n/text.ts";

export const DSR_TYPE_LABELS: Record<DsrType, Text> = {
  ACCESS: { en: "Access", de: "Auskunft" },
  ERASURE: { en: "Erasure", de: "Löschung" },
  RECTIFICATION: { en: "Rectification", de: "Berichtigung" },
  RESTRICTION: { en: "Restriction", de: "Einschränkung" },
  PORTABILITY: { en: "Portability", de: "Datenübertragbarkeit" },
  OBJECTION: { en: "Objection", de: "Widerspruch" },
};

export const DSR_STATUS_LABELS: Record<DsrStatus, Text> = {
  FORWARDED: { en: "Forwarded", de: "Weitergeleitet" },
  OPEN: { en: "Open", de: "Offen" },
  IN_PROGRESS: { en: "In progress", de: "In Bearbeitung" },
  COMPLETED: { en: "Completed", de: "Abgeschlossen" },
  DECLINED: { en: "Declined", de: "Abgelehnt" },
  CANCELLED: { en: "Cancelled", de: "Storniert" },
};

export const DSR_TASK_ACTION_LABELS: Record<DsrTaskAction, Text> = {
  EXPORT: { en: "Export", de: "Export" },
  ERASE: { en: "Erase", de: "Löschen" },
  ABSENCE_CHECK: { en: "Absence check", de: "Abwesenheitsprüfung" },
  RECTIFY: { en: "Rectify", de: "Berichtigen" },
  RESTRICT: { en: "Restrict", de: "Einschränken" },
  LIFT_RESTRICTION: { en: "Lift restriction", de: "Einschränkung aufheben" },
  OBJECT: { en: "Record objection", de: "Widerspruch vermerken" },
};

export const DSR_TASK_STATUS_LABELS: Record<DsrTaskStatus, Text> = {
  PENDING: { en: "Pending", de: "Ausstehend" },
  WAITING: { en: "Waiting for the system", de: "Wartet auf das System" },
  DONE: { en: "Done", de: "Erledigt" },
  NOT_FOUND: { en: "Not found", de: "Nicht gefunden" },
  BLOCKED: { en: "Blocked", de: "Blockiert" },
  FAILED: { en: "Failed", de: "Fehlgeschlagen" },
  CANCELLED: { en: "Cancelled", de: "Storniert" },
};

/** Field errors of dsrRequestInput (request-input.ts). Static sentences, so the German can be looked up. */
export const DSR_INPUT_MESSAGES = {
  type: {
    en: "Choose the type of request.",
    de: "Wählen Sie die Art der Anfrage.",
  },
  subjectMissing: {
    en: "Enter the subject's email address or your user id for them (at least one).",
    de: "Geben Sie die E-Mail-Adresse der betroffenen Person oder Ihre Benutzerkennung für sie an (mindestens eines).",
  },
  subjectEmail: {
    en: "Enter the subject's email address, like name@example.com.",
    de: "Geben Sie die E-Mail-Adresse der betroffenen Person an, z. B. name@example.com.",
  },
  externalIdTooLong: {
    en: "Keep the user id under 200 characters.",
    de: "Die Benutzerkennung darf höchstens 200 Zeichen lang sein.",
  },
  receivedAt: {
    en: "Enter when you received the request as a date and time with its zone, e.g. 2026-03-05T10:00:00Z.",
    de: "Geben Sie an, wann Sie die Anfrage erhalten haben: Datum und Uhrzeit mit Zeitzone, z. B. 2026-03-05T10:00:00Z.",
  },
  receivedAtForm: {
    en: "Enter the date and time you received the request.",
    de: "Geben Sie Datum und Uhrzeit an, zu der Sie die Anfrage erhalten haben.",
  },
  receivedBefore2000: {
    en: "The date received cannot be before the year 2000.",
    de: "Das Eingangsdatum kann nicht vor dem Jahr 2000 liegen.",
  },
  instructionReferenceTooLong: {
    en: "Keep your reference under 200 characters.",
    de: "Ihr Zeichen darf höchstens 200 Zeichen lang sein.",
  },
  noteTooLong: {
    en: "Keep the note under 4,000 characters.",
    de: "Die Notiz darf höchstens 4.000 Zeichen lang sein.",
  },
  attestation: {
    en: "Confirm that you have verified the data subject's identity.",
    de: "Bestätigen Sie, dass Sie die Identität der betroffenen Person geprüft haben.",
  },
  correctionsMissing: {
    en: "List at least one correction: one line per field, as field: new value.",
    de: "Geben Sie mindestens eine Berichtigung an: eine Zeile je Feld, als Feld: neuer Wert.",
  },
  correctionLine: {
    en: "Write each correction on its own line as field: new value.",
    de: "Schreiben Sie jede Berichtigung in eine eigene Zeile als Feld: neuer Wert.",
  },
  correctionField: {
    en: "A field name is empty or longer than 100 characters.",
    de: "Ein Feldname ist leer oder länger als 100 Zeichen.",
  },
  correctionValue: {
    en: "A new value is longer than 1,000 characters or holds a line break.",
    de: "Ein neuer Wert ist länger als 1.000 Zeichen oder enthält einen Zeilenumbruch.",
  },
  tooManyCorrections: {
    en: "At most 50 corrections per request.",
    de: "Höchstens 50 Berichtigungen je Anfrage.",
  },
  correctionsNotForType: {
    en: "Corrections belong to a rectification request only.",
    de: "Berichtigungen gehören nur zu einer Anfrage auf Berichtigung.",
  },
  scopeMissing: {
    en: "Describe what the restriction or objection covers.",
    de: "Beschreiben Sie, worauf sich die Einschränkung oder der Widerspruch bezieht.",
  },
  scopeTooLong: {
    en: "Keep the scope under 2,000 characters.",
    de: "Der Umfang darf höchstens 2.000 Zeichen lang sein.",
  },
  scopeNotForType: {
    en: "A scope belongs to a restriction or objection request only.",
    de: "Ein Umfang gehört nur zu einer Anfrage auf Einschränkung oder einem Widerspruch.",
  },
} satisfies Record<string, Text>;

/** Refusals of the domain functions (AppError texts). */
export const DSR_MESSAGES = {
  receivedInFuture: {
    en: "The date received is in the future. Enter when you received the request.",
    de: "Das Eingangsdatum liegt in der Zukunft. Geben Sie an, wann Sie die Anfrage erhalten haben.",
  },
  unknownCursor: {
    en: "This page of requests does not exist; start from the first page.",
    de: "Diese Seite der Anfragen gibt es nicht; beginnen Sie mit der ersten Seite.",
  },
  notCancellable: {
    en: "This request can no longer be cancelled: work on it has started in a connected system, or it is closed.",
    de: "Diese Anfrage kann nicht mehr storniert werden: Die Bearbeitung in einem angebundenen System hat begonnen, oder sie ist abgeschlossen.",
  },
  notForwarded: {
    en: "This request is not waiting for your decision any more.",
    de: "Diese Anfrage wartet nicht mehr auf Ihre Entscheidung.",
  },
  closed: {
    en: "This request is closed; it cannot be changed.",
    de: "Diese Anfrage ist abgeschlossen und kann nicht mehr geändert werden.",
  },
  extension: {
    "already-extended": {
      en: "This request was extended before. Art. 12(3) GDPR allows one extension.",
      de: "Diese Anfrage wurde bereits verlängert. Art. 12 Abs. 3 DSGVO erlaubt eine Verlängerung.",
    },
    "after-due-date": {
      en: "The legal due date has passed. An extension must be recorded before it (Art. 12(3) GDPR).",
      de: "Die gesetzliche Frist ist abgelaufen. Eine Verlängerung muss vor ihrem Ablauf erfasst werden (Art. 12 Abs. 3 DSGVO).",
    },
    "reason-missing": {
      en: "Give the reason for the extension; the controller receives it.",
      de: "Geben Sie den Grund der Verlängerung an; der Verantwortliche erhält ihn.",
    },
    "processor-lateness": {
      en: "Our own delay as processor is never a reason to extend (EDPB Guidelines 07/2020).",
      de: "Eine eigene Verzögerung des Auftragsverarbeiters ist nie ein Grund für eine Verlängerung (EDSA-Leitlinien 07/2020).",
    },
    "processor-overdue-unconfirmed": {
      en: "Our own due date has passed. Confirm that the extension is needed for the request's complexity or number, not because of our delay.",
      de: "Unsere eigene Frist ist abgelaufen. Bestätigen Sie, dass die Verlängerung wegen Komplexität oder Anzahl der Anfragen nötig ist, nicht wegen unserer Verzögerung.",
    },
    "not-later": {
      en: "Choose a date after the current legal due date.",
      de: "Wählen Sie ein Datum nach der aktuellen gesetzlichen Frist.",
    },
    "beyond-three-months": {
      en: "That is beyond three months from receipt, the most Art. 12(3) GDPR allows.",
      de: "Das liegt mehr als drei Monate nach Eingang, mehr als Art. 12 Abs. 3 DSGVO erlaubt.",
    },
  },
  assigneeNotStaff: {
    en: "Choose a staff member who may work on data-subject requests.",
  },
  declineReasonMissing: {
    en: "Give the reason for declining; the controller receives it.",
  },
  directRequestClosed: {
    en: "This message was already routed or closed.",
  },
  unknownOrganization: {
    en: "Choose an existing organisation.",
  },
} satisfies Record<string, Text | Record<string, Text>>;

const columnList = (columns: readonly string[]) => columns.join(", ");
const kib = (bytes: number) => Math.round(bytes / 1024);

/** Problems of an uploaded CSV file of requests (./csv-check.ts). */
export const DSR_CSV_MESSAGES = {
  tooLarge: (max: number): Text => ({
    en: `The file is larger than ${kib(max)} KB. Split it into smaller files.`,
    de: `Die Datei ist größer als ${kib(max)} KB. Teilen Sie sie in kleinere Dateien auf.`,
  }),
  unclosedQuote: (line: number): Text => ({
    en: `A quoted field opened on line ${line} is never closed.`,
    de: `Ein in Zeile ${line} begonnenes Feld in Anführungszeichen wird nie geschlossen.`,
  }),
  empty: {
    en: "The file is empty. Start from the template.",
    de: "Die Datei ist leer. Beginnen Sie mit der Vorlage.",
  } satisfies Text,
  noRows: {
    en: "The file has a header but no requests.",
    de: "Die Datei hat eine Kopfzeile, aber keine Anfragen.",
  } satisfies Text,
  tooManyRows: (rows: number, max: number): Text => ({
    en: `The file has ${rows} requests; at most ${max} can be imported at once.`,
    de: `Die Datei enthält ${rows} Anfragen; höchstens ${max} können auf einmal importiert werden.`,
  }),
  unknownColumns: (columns: readonly string[]): Text => ({
    en: `Line 1: unknown column(s): ${columnList(columns)}. Use the template's column names.`,
    de: `Zeile 1: unbekannte Spalte(n): ${columnList(columns)}. Verwenden Sie die Spaltennamen der Vorlage.`,
  }),
  repeatedColumns: (columns: readonly string[]): Text => ({
    en: `Line 1: column(s) named twice: ${columnList(columns)}.`,
    de: `Zeile 1: doppelt benannte Spalte(n): ${columnList(columns)}.`,
  }),
  missingColumns: (columns: readonly string[]): Text => ({
    en: `Line 1: required column(s) missing: ${columnList(columns)}.`,
    de: `Zeile 1: Pflichtspalte(n) fehlen: ${columnList(columns)}.`,
  }),
  noIdentifierColumn: {
    en: "Line 1: the file needs an email or an external_id column to name the subjects.",
    de: "Zeile 1: Die Datei braucht eine Spalte email oder external_id, um die betroffenen Personen zu benennen.",
  } satisfies Text,
  tooManyCells: (cells: number, columns: number): Text => ({
    en: `This row has ${cells} cells; the header has ${columns} columns.`,
    de: `Diese Zeile hat ${cells} Zellen; die Kopfzeile hat ${columns} Spalten.`,
  }),
  notImportable: {
    en: "The file has problems; nothing was imported. Check it again and correct the rows listed.",
    de: "Die Datei enthält Fehler; nichts wurde importiert. Prüfen Sie sie erneut und korrigieren Sie die genannten Zeilen.",
  } satisfies Text,
  changedSinceCheck: {
    en: "The file is not the one that was checked. Check it again before importing.",
    de: "Die Datei ist nicht die geprüfte. Prüfen Sie sie vor dem Import erneut.",
  } satisfies Text,
};

type Email = { subject: string; text: string };
type Localized<T> = Record<Locale, T>;

/** The emails lib/dsr writes. Controller emails come in the organisation's language; staff emails in English. */
export const DSR_EMAILS = {
  /** A2, A16: the controller is told of an extension and its reason. */
  extended: {
    en: (f: { reference: string; previous: string; next: string; reason: string; url: string }): Email => ({
      subject: `${f.reference}: legal due date extended to ${f.next}`,
      text: [
        `The legal due date of data-subject request ${f.reference} was extended (Art. 12(3) GDPR).`,
        "",
        `Previous due date: ${f.previous}`,
        `New due date: ${f.next}`,
        "",
        "Reason:",
        f.reason,
        "",
        "Art. 12(3) GDPR asks you to inform the data subject of the extension and its reasons within one month of receipt.",
        "",
        `The request: ${f.url}`,
      ].join("\n"),
    }),
    de: (f: { reference: string; previous: string; next: string; reason: string; url: string }): Email => ({
      subject: `${f.reference}: gesetzliche Frist verlängert bis ${f.next}`,
      text: [
        `Die gesetzliche Frist der Betroffenenanfrage ${f.reference} wurde verlängert (Art. 12 Abs. 3 DSGVO).`,
        "",
        `Bisherige Frist: ${f.previous}`,
        `Neue Frist: ${f.next}`,
        "",
        "Grund:",
        f.reason,
        "",
        "Nach Art. 12 Abs. 3 DSGVO unterrichten Sie die betroffene Person innerhalb eines Monats nach Eingang über die Verlängerung und die Gründe.",
        "",
        `Die Anfrage: ${f.url}`,
      ].join("\n"),
    }),
  } satisfies Localized<
    (f: { reference: string; previous: string; next: string; reason: string; url: string }) => Email
  >,
  /** A4: the controller is told a request was declined, and why. */
  declined: {
    en: (f: { reference: string; reason: string; url: string }): Email => ({
      subject: `${f.reference}: data-subject request declined`,
      text: [
        `Data-subject request ${f.reference} was declined by your processor.`,
        "",
        "Reason:",
        f.reason,
        "",
        `The request: ${f.url}`,
      ].join("\n"),
    }),
    de: (f: { reference: string; reason: string; url: string }): Email => ({
      subject: `${f.reference}: Betroffenenanfrage abgelehnt`,
      text: [
        `Die Betroffenenanfrage ${f.reference} wurde von Ihrem Auftragsverarbeiter abgelehnt.`,
        "",
        "Grund:",
        f.reason,
        "",
        `Die Anfrage: ${f.url}`,
      ].join("\n"),
    }),
  } satisfies Localized<(f: { reference: string; reason: string; url: string }) => Email>,
  /** A7/A8: a request from a data subject was forwarded to the controller. */
  forwarded: {
    en: (f: { reference: string; url: string }): Email => ({
      subject: `${f.reference}: a data subject's request forwarded to you`,
      text: [
        "A data subject sent a request to us, your processor, that concerns your organisation. We have not acted on it and will not without your instruction.",
        "",
        `Read it and decide whether to instruct us: ${f.url}`,
      ].join("\n"),
    }),
    de: (f: { reference: string; url: string }): Email => ({
      subject: `${f.reference}: Anfrage einer betroffenen Person an Sie weitergeleitet`,
      text: [
        "Eine betroffene Person hat uns, Ihrem Auftragsverarbeiter, eine Anfrage geschickt, die Ihre Organisation betrifft. Wir haben nichts unternommen und werden ohne Ihre Weisung nichts unternehmen.",
        "",
        `Lesen Sie sie und entscheiden Sie, ob Sie uns beauftragen: ${f.url}`,
      ].join("\n"),
    }),
  } satisfies Localized<(f: { reference: string; url: string }) => Email>,
  /** A7/A8: what a data subject is told after writing to us: nothing about any company. */
  acknowledgement: {
    en: (f: { provider: string }): Email => ({
      subject: `We received your message (${f.provider})`,
      text: [
        `We, ${f.provider}, received your message about your personal data.`,
        "",
        "We process personal data on behalf of the companies we work for, and only on their instructions. If your message concerns one of them, we pass it on to that company, which decides about your request and answers you. We do not act on the request ourselves.",
        "",
        "For the fastest answer, contact the company you are a customer of directly.",
        "",
        "You received this email because this address was entered in the form on our website. If that was not you, you can ignore it.",
      ].join("\n"),
    }),
    de: (f: { provider: string }): Email => ({
      subject: `Wir haben Ihre Nachricht erhalten (${f.provider})`,
      text: [
        `Wir, ${f.provider}, haben Ihre Nachricht zu Ihren personenbezogenen Daten erhalten.`,
        "",
        "Wir verarbeiten personenbezogene Daten im Auftrag der Unternehmen, für die wir arbeiten, und nur nach deren Weisung. Betrifft Ihre Nachricht eines dieser Unternehmen, leiten wir sie an dieses weiter; es entscheidet über Ihre Anfrage und antwortet Ihnen. Wir selbst werden nicht tätig.",
        "",
        "Am schnellsten erhalten Sie eine Antwort, wenn Sie sich direkt an das Unternehmen wenden, dessen Kunde Sie sind.",
        "",
        "Sie erhalten diese E-Mail, weil diese Adresse im Formular auf unserer Website eingegeben wurde. Falls Sie das nicht waren, können Sie sie ignorieren.",
      ].join("\n"),
    }),
  } satisfies Localized<(f: { provider: string }) => Email>,
  /** A3: staff before the processor's due date, and ADMIN staff once it has passed. */
  reminder: (f: { reference: string; organization: string; due: string; url: string }): Email => ({
    subject: `${f.reference} is due tomorrow (${f.organization})`,
    text: [
      `Data-subject request ${f.reference} of ${f.organization} reaches our processor due date at ${f.due}.`,
      "",
      `Work it: ${f.url}`,
    ].join("\n"),
  }),
  escalation: (f: { reference: string; organization: string; due: string; url: string }): Email => ({
    subject: `Escalation: ${f.reference} is past our due date (${f.organization})`,
    text: [
      `Data-subject request ${f.reference} of ${f.organization} passed our processor due date at ${f.due} and is still open.`,
      "",
      "Our own lateness is never a reason to extend the legal due date (EDPB Guidelines 07/2020).",
      "",
      `Work it now: ${f.url}`,
    ].join("\n"),
  }),
};
