// Per-download watermark of a gated document: on every page a footer line naming the recipient, the
// time of delivery (UTC) and the NDA version, plus a light diagonal mark with the recipient's email;
// the PDF's subject and keywords name the recipient too, so a leaked copy can be traced
// (readWatermark). Saved without object streams, so the marks are plain objects in the file.
import { degrees, PDFDocument, rgb, StandardFonts, type PDFFont, type PDFPage } from "@pdfme/pdf-lib";
import { toSingleLine } from "../text/single-line.ts";
import { WATERMARK_MESSAGES } from "./messages.ts";

export type WatermarkRecipient = { email: string; company: string; deliveredAt: Date; ndaVersion: number };

const FOOTER_SIZE = 7;
const MIN_FOOTER_SIZE = 4;
const FOOTER_MARGIN = 18;
const DIAGONAL_SIZE = 40;

/** "2026-11-23 14:05:09 UTC". */
export function watermarkTimestamp(at: Date): string {
  return `${at.toISOString().slice(0, 19).replace("T", " ")} UTC`;
}

export function watermarkFooter(r: WatermarkRecipient): string {
  return WATERMARK_MESSAGES.footer(r.email, r.company, watermarkTimestamp(r.deliveredAt), r.ndaVersion);
}

export async function watermarkPdf(original: Uint8Array, recipient: WatermarkRecipient): Promise<Uint8Array> {
  const document = await PDFDocument.load(original, { updateMetadata: false });
  const font = await document.embedFont(StandardFonts.Helvetica);
  const footer = encodable(font, watermarkFooter(recipient));
  const diagonal = encodable(font, recipient.email);
  for (const page of document.getPages()) {
    drawFooter(page, font, footer);
    drawDiagonal(page, font, diagonal);
  }
  document.setSubject(
    encodableMetadata(WATERMARK_MESSAGES.subject(recipient.email, recipient.company, recipient.ndaVersion)),
  );
  document.setKeywords([
    WATERMARK_MESSAGES.keyword,
    recipient.email,
    toSingleLine(recipient.company),
    WATERMARK_MESSAGES.ndaKeyword(recipient.ndaVersion),
    watermarkTimestamp(recipient.deliveredAt),
  ]);
  document.setModificationDate(recipient.deliveredAt);
  return document.save({ useObjectStreams: false });
}

/** The recipient marks of a delivered copy (subject and keywords), e.g. to trace a leaked file. */
export async function readWatermark(
  bytes: Uint8Array,
): Promise<{ subject: string; keywords: string; pages: number }> {
  const document = await PDFDocument.load(bytes, { updateMetadata: false });
  return {
    subject: document.getSubject() ?? "",
    keywords: document.getKeywords() ?? "",
    pages: document.getPageCount(),
  };
}

function drawFooter(page: PDFPage, font: PDFFont, text: string): void {
  const box = page.getCropBox();
  const available = box.width - 2 * FOOTER_MARGIN;
  const naturalWidth = font.widthOfTextAtSize(text, FOOTER_SIZE);
  const size = Math.max(MIN_FOOTER_SIZE, Math.min(FOOTER_SIZE, (FOOTER_SIZE * available) / naturalWidth));
  const width = font.widthOfTextAtSize(text, size);
  const x = box.x + Math.max(FOOTER_MARGIN / 2, (box.width - width) / 2);
  const y = box.y + FOOTER_MARGIN / 2;
  page.drawRectangle({
    x: x - 3,
    y: y - 2,
    width: width + 6,
    height: size + 4,
    color: rgb(1, 1, 1),
    opacity: 0.85,
  });
  page.drawText(text, { x, y, size, font, color: rgb(0.35, 0.05, 0.05) });
}

function drawDiagonal(page: PDFPage, font: PDFFont, text: string): void {
  const box = page.getCropBox();
  const angle = Math.atan2(box.height, box.width);
  const diagonal = Math.hypot(box.width, box.height) * 0.7;
  const size = Math.min(
    DIAGONAL_SIZE,
    (DIAGONAL_SIZE * diagonal) / font.widthOfTextAtSize(text, DIAGONAL_SIZE),
  );
  const width = font.widthOfTextAtSize(text, size);
  // Start so the text's middle sits on the page's centre along the diagonal.
  const x = box.x + box.width / 2 - (Math.cos(angle) * width) / 2 + (Math.sin(angle) * size) / 3;
  const y = box.y + box.height / 2 - (Math.sin(angle) * width) / 2 - (Math.cos(angle) * size) / 3;
  page.drawText(text, {
    x,
    y,
    size,
    font,
    color: rgb(0.5, 0.5, 0.5),
    opacity: 0.15,
    rotate: degrees((angle * 180) / Math.PI),
  });
}

/** The standard font speaks WinAnsi only: other characters become "?" rather than failing the download. */
function encodable(font: PDFFont, text: string): string {
  const supported = new Set(font.getCharacterSet());
  return [...text].map((c) => (supported.has(c.codePointAt(0)!) ? c : "?")).join("");
}

/** Metadata strings are Unicode in PDF; only control characters are dropped. */
function encodableMetadata(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f]/g, " ");
}
