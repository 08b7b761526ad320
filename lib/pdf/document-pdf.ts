import "server-only";
// A published trust document (the DPA) as a paginated A4 PDF: a cover block with the provider's
// details, the version, its dates and the SHA-256 of its text, then the text laid out from its
// Markdown, with "<title> · version N · page x of y" at the foot of every page. Deterministic: the
// same version gives the same bytes (the creation date is the publication time; the file id derives
// from the document information).
import PDFDocument from "pdfkit";
import { formatCalendarDate, formatInstant } from "../i18n/format.ts";
import type { Locale } from "../i18n/locale.ts";
import { markdownBlocks, type PdfBlock, type TextRun } from "./markdown-blocks.ts";
import { DOCUMENT_PDF_MESSAGES, type DocumentPdfWords } from "./messages.ts";
import { pageFooters } from "./report.ts";
import { toWinAnsi } from "./win-ansi.ts";

export type DocumentPdfInput = {
  locale: Locale;
  provider: { legalName: string; address: string; dpoName: string; dpoEmail: string };
  title: string;
  version: number;
  effectiveDate: Date;
  publishedAt: Date;
  /** The zone the publication time is written in (the provider's default: the reader is anonymous). */
  timeZone: string;
  contentHash: string;
  /** Markdown. */
  body: string;
  /** Markdown laid out before the text (the DPA's Art. 28(3) particulars). */
  preface?: string;
};

type Doc = InstanceType<typeof PDFDocument>;

const MARGIN = { top: 64, bottom: 72, left: 64, right: 64 };
const TEXT = "#111827";
const MUTED = "#4b5563";
const BODY_SIZE = 10;
const HEADING_SIZES = [16, 13.5, 11.5, 10.5, 10, 10];

export async function renderDocumentPdf(input: DocumentPdfInput): Promise<Buffer> {
  const labels = DOCUMENT_PDF_MESSAGES[input.locale];
  const doc = new PDFDocument({
    size: "A4",
    margins: MARGIN,
    bufferPages: true,
    lang: input.locale,
    displayTitle: true,
    info: {
      Title: toWinAnsi(input.title),
      Author: toWinAnsi(input.provider.legalName),
      Subject: `${toWinAnsi(input.title)}, ${labels.version} ${input.version} (SHA-256 ${input.contentHash})`,
      Creator: "Article28",
      Producer: "Article28",
      CreationDate: input.publishedAt,
      ModDate: input.publishedAt,
    },
  });
  const chunks: Buffer[] = [];
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  drawCover(doc, input, labels);
  let previous: PdfBlock["type"] | null = null;
  for (const block of markdownBlocks(input.preface ? `${input.preface}\n${input.body}` : input.body)) {
    if (previous === "listItem" && block.type !== "listItem") doc.y += 4; // a list ends with some air
    drawBlock(doc, block);
    previous = block.type;
  }
  pageFooters(doc, (page, pages) => labels.footer(shorten(input.title, 90), input.version, page, pages));
  doc.end();
  return finished;
}

const contentWidth = (doc: Doc) => doc.page.width - MARGIN.left - MARGIN.right;
const pageBottom = (doc: Doc) => doc.page.height - MARGIN.bottom;

function shorten(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function drawCover(doc: Doc, input: DocumentPdfInput, labels: DocumentPdfWords): void {
  const width = contentWidth(doc);
  doc
    .fillColor(TEXT)
    .font("Helvetica-Bold")
    .fontSize(11)
    .text(toWinAnsi(input.provider.legalName), MARGIN.left, MARGIN.top, { width });
  doc.fillColor(MUTED).font("Helvetica").fontSize(9.5).text(toWinAnsi(input.provider.address), { width });
  doc.text(toWinAnsi(`${labels.dpo}: ${input.provider.dpoName}, ${input.provider.dpoEmail}`), { width });
  rule(doc, 14);
  doc
    .fillColor(TEXT)
    .font("Helvetica-Bold")
    .fontSize(20)
    .text(toWinAnsi(input.title), MARGIN.left, doc.y, { width, lineGap: 2 });
  doc.moveDown(0.6);
  const facts: [string, string][] = [
    [labels.version, String(input.version)],
    [labels.effectiveDate, formatCalendarDate(input.locale, input.effectiveDate)],
    [labels.published, formatInstant(input.locale, input.publishedAt, input.timeZone)],
  ];
  for (const [label, value] of facts) {
    doc
      .font("Helvetica-Bold")
      .fontSize(10)
      .text(`${toWinAnsi(label)}: `, MARGIN.left, doc.y, { continued: true, width, lineGap: 2 });
    doc.font("Helvetica").text(toWinAnsi(value), { width, lineGap: 2 });
  }
  doc.font("Helvetica-Bold").text(`${toWinAnsi(labels.hash)}:`, MARGIN.left, doc.y, { width });
  doc.font("Courier").fontSize(9).text(input.contentHash, { width });
  doc
    .fillColor(MUTED)
    .font("Helvetica")
    .fontSize(8)
    .text(toWinAnsi(labels.hashNote), MARGIN.left, doc.y + 2, { width });
  rule(doc, 14);
}

function rule(doc: Doc, space: number): void {
  const y = doc.y + space / 2;
  doc
    .save()
    .strokeColor("#d1d5db")
    .lineWidth(0.75)
    .moveTo(MARGIN.left, y)
    .lineTo(doc.page.width - MARGIN.right, y)
    .stroke()
    .restore();
  doc.x = MARGIN.left;
  doc.y = y + space / 2;
}

/** Starts a new page unless `height` still fits above the bottom margin. */
function keepTogether(doc: Doc, height: number): void {
  if (doc.y + height > pageBottom(doc)) doc.addPage();
}

function fontOf(run: TextRun): string {
  if (run.code) return "Courier";
  if (run.bold && run.italic) return "Helvetica-BoldOblique";
  if (run.bold) return "Helvetica-Bold";
  if (run.italic) return "Helvetica-Oblique";
  return "Helvetica";
}

/** Mixed-style text wrapped as one paragraph starting at (x, y). */
function writeRuns(
  doc: Doc,
  runs: TextRun[],
  x: number,
  y: number,
  width: number,
  size: number,
  forceBold = false,
): void {
  const visible = runs.filter((run) => run.text.length > 0);
  if (visible.length === 0) return;
  visible.forEach((run, index) => {
    doc.font(fontOf(forceBold ? { ...run, bold: true } : run)).fontSize(size);
    const options = { width, lineGap: 2, continued: index < visible.length - 1 };
    if (index === 0) doc.text(toWinAnsi(run.text), x, y, options);
    else doc.text(toWinAnsi(run.text), options);
  });
}

function runsHeight(doc: Doc, runs: TextRun[], width: number, size: number, bold = false): number {
  doc.font(bold ? "Helvetica-Bold" : "Helvetica").fontSize(size);
  return doc.heightOfString(toWinAnsi(runs.map((run) => run.text).join("")), { width, lineGap: 2 });
}

function drawBlock(doc: Doc, block: PdfBlock): void {
  const width = contentWidth(doc);
  doc.fillColor(TEXT);
  switch (block.type) {
    case "heading": {
      const size = HEADING_SIZES[block.level - 1] ?? BODY_SIZE;
      // A heading never ends a page: it moves on with at least three lines of what follows.
      keepTogether(doc, size * 0.8 + runsHeight(doc, block.runs, width, size, true) + 3 * (BODY_SIZE + 4));
      writeRuns(doc, block.runs, MARGIN.left, doc.y + size * 0.8, width, size, true);
      doc.y += 4;
      break;
    }
    case "paragraph": {
      const indent = block.quoteDepth * 14;
      keepTogether(doc, BODY_SIZE * 2 + 4);
      if (indent > 0) doc.fillColor(MUTED);
      writeRuns(doc, block.runs, MARGIN.left + indent, doc.y, width - indent, BODY_SIZE);
      doc.y += 6;
      break;
    }
    case "listItem": {
      const indent = 16 * block.depth;
      keepTogether(doc, BODY_SIZE * 2 + 4);
      const y = doc.y;
      if (block.marker)
        doc
          .font("Helvetica")
          .fontSize(BODY_SIZE)
          .text(toWinAnsi(block.marker), MARGIN.left + indent - 16, y, { width: 14, lineBreak: false });
      writeRuns(doc, block.runs, MARGIN.left + indent, y, width - indent, BODY_SIZE);
      doc.y += 3;
      break;
    }
    case "table":
      drawTable(doc, block.header, block.rows, width);
      break;
    case "code":
      keepTogether(doc, 9 * 2 + 4);
      doc
        .font("Courier")
        .fontSize(9)
        .text(toWinAnsi(block.text), MARGIN.left + 8, doc.y, { width: width - 16, lineGap: 1 });
      doc.y += 6;
      break;
    case "rule":
      rule(doc, 12);
      break;
  }
  doc.x = MARGIN.left;
}

function drawTable(doc: Doc, header: string[], rows: string[][], width: number): void {
  const columns = Math.max(header.length, ...rows.map((row) => row.length), 1);
  const cell = (text: string | undefined) => toWinAnsi(text ?? "");
  keepTogether(doc, 3 * (BODY_SIZE + 8));
  doc.font("Helvetica").fontSize(9);
  const data = [
    ...(header.length > 0
      ? [
          Array.from({ length: columns }, (_, i) => ({
            text: cell(header[i]),
            font: { src: "Helvetica-Bold" },
            type: "TH" as const,
          })),
        ]
      : []),
    ...rows.map((row) => Array.from({ length: columns }, (_, i) => cell(row[i]))),
  ];
  doc.table({
    position: { x: MARGIN.left, y: doc.y },
    maxWidth: width,
    defaultStyle: { border: 0.5, borderColor: "#9ca3af", padding: [3, 4, 3, 4] },
    data,
  });
  doc.x = MARGIN.left;
  doc.y += 8;
}
