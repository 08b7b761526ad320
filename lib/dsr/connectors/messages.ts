// Sentences lib/dsr/connectors itself produces: refusals of staff's manual completion and connector
// configuration (staff console: English).
import { MAX_ENDPOINT_URL_LENGTH } from "./endpoint-url.ts";
import { MAX_EVIDENCE_BYTES } from "./manual-evidence.ts";

export const CONNECTOR_MESSAGES = {
  manual: {
    notManual: { en: "This task belongs to a connected (webhook) system; it completes itself." },
    alreadyFinal: { en: "This task was already completed. Nothing changed." },
    requestClosed: { en: "The request is no longer open. Nothing changed." },
    fileTooLarge: { en: `The evidence file is too large: at most ${MAX_EVIDENCE_BYTES / 1024} KiB.` },
    fileType: {
      en: "The evidence file must be a PDF, PNG or JPEG image, or plain text (a note, CSV or JSON).",
    },
    groundRequired: "Name the ground on which data is kept (e.g. statutory retention).",
    absentRequired: "Say whether the subject is still in the system.",
    exportJson: {
      en: 'For an export, attach the data as JSON ({ "tables": { "<table>": [rows] } }) or as another file with a record count.',
    },
    note: { label: "the note", required: "Describe what you did (evidence note)." },
  },
  config: {
    endpointRequired: "Enter the endpoint's https:// address.",
    endpoint: {
      not_a_url: `Enter a plain https:// address (at most ${MAX_ENDPOINT_URL_LENGTH} characters, no spaces or line breaks).`,
      not_https: "The endpoint must use https:// (plain http only on 127.0.0.1 in development).",
      credentials:
        "Leave the user name and password out of the address; the signature authenticates Article28.",
      fragment: "Remove the #fragment from the address.",
    },
    noSecret: { en: "Generate a signing secret first." },
    notWebhook: { en: "Only webhook systems can be tested." },
  },
} as const;
