// The sentences lib/trust/library writes itself: why an upload or a change was refused (staff console:
// English), and the entry a new document adds to the public updates feed (English and German).
import type { Text } from "../../i18n/text.ts";

const MEGABYTES = (bytes: number) => bytes / 1024 / 1024;

export const LIBRARY_MESSAGES = {
  chooseFile: { en: "Choose a PDF file to upload." },
  slugTaken: { en: "Another document already uses this slug; choose another." },
  /** Refusals of an upload before anything is stored (S16). */
  upload: {
    bodyTooLarge: (maxBytes: number): Text => ({
      en: `The upload is larger than ${MEGABYTES(maxBytes)} MB.`,
    }),
    notMultipart: { en: "Send the upload as multipart/form-data." },
    unreadableForm: { en: "The upload could not be read as a form." },
    fieldTwice: (name: string): Text => ({ en: `The field "${name}" was sent twice.` }),
    oneFileOnly: { en: 'Only one file, in the field "file", can be uploaded.' },
    fileTooLarge: (maxBytes: number): Text => ({ en: `The file is larger than ${MEGABYTES(maxBytes)} MB.` }),
    empty: { en: "The file is empty." },
    pathInName: {
      en: "The file name contains a path; upload the file itself (the server names it after the slug).",
    },
    notPdfType: { en: "Only PDF files (application/pdf) can be uploaded." },
    noMagicBytes: { en: "The file is not a PDF: it does not start with %PDF-." },
    htmlPolyglot: { en: "The file contains HTML near its start (an HTML/PDF polyglot); it was refused." },
    encrypted: { en: "The PDF is encrypted; upload an unencrypted copy (downloads are watermarked)." },
    unreadable: { en: "The file could not be read as a PDF." },
    noPages: { en: "The PDF has no pages." },
  },
  /** The updates-feed entry of a new document. */
  newDocument: {
    title: (title: string, titleDe: string) => ({
      en: `New in the document library: ${title}`,
      de: `Neu in der Dokumentenbibliothek: ${titleDe}`,
    }),
    gatedSummary: {
      en: "Available on request under NDA.",
      de: "Auf Anfrage unter Vertraulichkeitsvereinbarung erhältlich.",
    },
    publicSummary: { en: "Available for download.", de: "Zum Herunterladen verfügbar." },
  },
};
