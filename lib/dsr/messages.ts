// What lib/dsr says (GDPR.md A1-A16): refusals of the domain (the portal reads them in English or
// German), field errors of the request input, the names of types and statuses, and the emails it writes.
// Field errors: zod carries the English text (the API answers in English); the portal looks the German
// up with `localizeFieldError` (there is no per-language parse: the action wrapper parses once).
import type { DsrStatus, DsrTaskAction, DsrTaskStatus, DsrType } from "../generated/prisma/enums.ts";
import type { Locale } from "../i18n/locale.ts";
import type { Text } from "../i18n/text.ts";
import { TEXT_MESSAGES } from "../text/messages.ts";
import type { UnsafeCharacter } from "../text/unsafe-characters.ts";

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

/** Labels the text rules (lib/text) name in their refusals; their German is a general sentence. */
export const DSR_TEXT_LABELS = ["the user id", "your reference", "the note", "the scope"] as const;
const UNSAFE_TEXT_DE =
  "Dieses Feld enthält ein Zeichen, das hier nicht erlaubt ist (z. B. einen Zeilenumbruch oder ein unsichtbares Zeichen); entfernen Sie es.";

const GERMAN_BY_ENGLISH = new Map<string, string>([
  ...Object.values(DSR_INPUT_MESSAGES).map((text) => [text.en, text.de] as [string, string]),
  ...DSR_TEXT_LABELS.flatMap((label) => [
    ...(Object.keys(TEXT_MESSAGES.unsafe) as UnsafeCharacter[]).map(
      (kind) => [TEXT_MESSAGES.unsafe[kind](label), UNSAFE_TEXT_DE] as [string, string],
    ),
    [TEXT_MESSAGES.otherLineBreak(label), UNSAFE_TEXT_DE] as [string, string],
  ]),
]);

/** A field error of the request input in the reader's language (unknown sentences stay as they are). */
export function localizeFieldError(message: string | undefined, locale: Locale): string | undefined {
  if (message === undefined || locale === "en") return message;
  return GERMAN_BY_ENGLISH.get(message) ?? message;
}

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
} satisfies Record<string, Text | Record<string, Text>>;
