// The words lib/pdf prints: around a document's text in its PDF (in the document's language), and the
// recipient marks of a watermarked download (English, like the documents of the library). The company
// is the requester's own words: quoted, on one line (S25).
import type { Locale } from "../i18n/locale.ts";
import { quoted } from "../text/quote.ts";

export type DocumentPdfWords = {
  dpo: string;
  version: string;
  effectiveDate: string;
  published: string;
  hash: string;
  hashNote: string;
  /** "<title> · version 3 · page 1 of 6" at the foot of every page. */
  footer: (title: string, version: number, page: number, pages: number) => string;
};

export const DOCUMENT_PDF_MESSAGES: Record<Locale, DocumentPdfWords> = {
  en: {
    dpo: "Data Protection Officer",
    version: "Version",
    effectiveDate: "Effective date",
    published: "Published",
    hash: "SHA-256 of the text",
    hashNote:
      "The SHA-256 is computed over the Markdown text of this version as published in the trust center; it identifies exactly this text.",
    footer: (title, version, page, pages) => `${title} · version ${version} · page ${page} of ${pages}`,
  },
  de: {
    dpo: "Datenschutzbeauftragte(r)",
    version: "Version",
    effectiveDate: "Gültig ab",
    published: "Veröffentlicht",
    hash: "SHA-256 des Textes",
    hashNote:
      "Der SHA-256 wird über den Markdown-Text dieser Version berechnet, wie er im Trust Center veröffentlicht ist; er kennzeichnet genau diesen Text.",
    footer: (title, version, page, pages) => `${title} · Version ${version} · Seite ${page} von ${pages}`,
  },
};

/** The marks of a watermarked copy; `at` is the delivery time as watermarkTimestamp writes it. */
export const WATERMARK_MESSAGES = {
  footer: (email: string, company: string, at: string, ndaVersion: number) =>
    `Confidential – provided to ${email} (${quoted(company)}) on ${at} under NDA v${ndaVersion} – do not redistribute`,
  subject: (email: string, company: string, ndaVersion: number) =>
    `Confidential – provided to ${email} (${quoted(company)}) under NDA v${ndaVersion}`,
  keyword: "confidential",
  ndaKeyword: (ndaVersion: number) => `NDA v${ndaVersion}`,
};

/** The signature section of every signed certificate's PDF (English, like the certificates; ADR 0020). */
export const CERTIFICATE_SEAL_MESSAGES = {
  heading: "Signature",
  signedWith: (keyId: string) => `Signed by the processor with the Ed25519 key "${keyId}".`,
  signatureLine: (signature: string) => `Signature: ${signature}`,
  hashLine: (sha256: string) => `SHA-256 of the signed certificate: ${sha256}`,
  hashNote:
    "The JSON file of this certificate (also attached to this PDF) holds the same content, signed: paper and file belong together when its key id, signature and the SHA-256 of its signed payload match the values above.",
  verifyNote: (keysUrl: string) =>
    `Check the file with the public keys published at ${keysUrl}: with "npm run verify-certificate -- <file> --keys <that address>", or any Ed25519 tool (the file's "payload" is the signed bytes in base64, its "signature" the signature).`,
  attachment: "The signed certificate (JSON) this PDF renders",
};
