// A paginated A4 report in pdfkit's standard fonts, the shape of the breach evidence pack and the DSR
// certificate: a title, headings, "label: value" facts, indented details and bullets, a monospaced hash line,
// notes, files attached to the document (e.g. the signed JSON a certificate renders), and a footer on every
// page ("<reference> · … · page x of y"). Every text passes through toWinAnsi
// (the standard fonts' character set); callers quote user text themselves (S25).
import PDFDocument from "pdfkit";
import { toWinAnsi } from "./win-ansi.ts";

type Doc = InstanceType<typeof PDFDocument>;
const MARGIN = { top: 64, bottom: 72, left: 64, right: 64 };
const TEXT = "#111827";
const MUTED = "#4b5563";
const WARN = "#9a3412";

export type ReportWriter = ReturnType<typeof writer>;

/** Opens a report; `finish` writes the footers and resolves to the PDF's bytes. */
export function createReport(info: { title: string; subject: string; createdAt: Date }): {
  write: ReportWriter;
  finish(footer: (page: number, pages: number) => string): Promise<Buffer>;
} {
  const doc = new PDFDocument({
    size: "A4",
    margins: MARGIN,
    bufferPages: true,
    displayTitle: true,
    info: {
      Title: toWinAnsi(info.title),
      Subject: info.subject,
      Creator: "Article28",
      Producer: "Article28",
      CreationDate: info.createdAt,
    },
  });
  const chunks: Buffer[] = [];
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  return {
    write: writer(doc),
    finish(footer) {
      pageFooters(doc, footer);
      doc.end();
      return finished;
    },
  };
}

function writer(doc: Doc) {
  const width = doc.page.width - MARGIN.left - MARGIN.right;
  const fits = (height: number) => {
    if (doc.y + height > doc.page.height - MARGIN.bottom) doc.addPage();
  };
  return {
    title(text: string) {
      doc
        .fillColor(TEXT)
        .font("Helvetica-Bold")
        .fontSize(18)
        .text(toWinAnsi(text), MARGIN.left, MARGIN.top, { width });
      doc.moveDown(0.5);
    },
    banner(text: string, warning: boolean) {
      doc
        .fillColor(warning ? WARN : TEXT)
        .font("Helvetica-Bold")
        .fontSize(10.5)
        .text(toWinAnsi(text), MARGIN.left, doc.y, { width });
      doc.moveDown(0.5);
    },
    heading(text: string) {
      fits(60);
      doc
        .moveDown(0.8)
        .fillColor(TEXT)
        .font("Helvetica-Bold")
        .fontSize(13)
        .text(toWinAnsi(text), MARGIN.left, doc.y, { width });
      doc.moveDown(0.3);
    },
    subheading(text: string) {
      fits(40);
      doc
        .moveDown(0.5)
        .fillColor(TEXT)
        .font("Helvetica-Bold")
        .fontSize(10.5)
        .text(toWinAnsi(text), MARGIN.left, doc.y, { width });
    },
    fact(label: string, value: string) {
      fits(24);
      doc
        .fillColor(TEXT)
        .font("Helvetica-Bold")
        .fontSize(9.5)
        .text(`${toWinAnsi(label)}: `, MARGIN.left, doc.y, { width, continued: true, lineGap: 2 });
      doc.font("Helvetica").text(toWinAnsi(value), { width, lineGap: 2 });
    },
    detail(label: string, value: string) {
      fits(20);
      doc
        .fillColor(MUTED)
        .font("Helvetica-Bold")
        .fontSize(8.5)
        .text(`${toWinAnsi(label)}${value ? ": " : ""}`, MARGIN.left + 14, doc.y, {
          width: width - 14,
          continued: Boolean(value),
          lineGap: 1,
        });
      if (value) doc.font("Helvetica").text(toWinAnsi(value), { width: width - 14, lineGap: 1 });
    },
    bullet(text: string) {
      fits(18);
      doc
        .fillColor(MUTED)
        .font("Helvetica")
        .fontSize(8.5)
        .text(`- ${toWinAnsi(text)}`, MARGIN.left + 28, doc.y, { width: width - 28, lineGap: 1 });
    },
    mono(text: string) {
      doc
        .fillColor(TEXT)
        .font("Courier")
        .fontSize(7.5)
        .text(text, MARGIN.left, doc.y + 4, { width });
    },
    /** Embeds a file in the PDF (the reader's attachments pane), byte for byte. */
    attach(bytes: Buffer, file: { name: string; type: string; description: string; at: Date }) {
      doc.file(bytes, {
        name: file.name,
        type: file.type,
        description: toWinAnsi(file.description),
        creationDate: file.at,
        modifiedDate: file.at,
      });
    },
    note(text: string) {
      doc
        .fillColor(MUTED)
        .font("Helvetica")
        .fontSize(8.5)
        .text(toWinAnsi(text), MARGIN.left, doc.y + 2, { width });
    },
  };
}

/** The footer line of every buffered page (A4 with this file's margins; document-pdf.ts uses it too). */
export function pageFooters(doc: Doc, footer: (page: number, pages: number) => string): void {
  const range = doc.bufferedPageRange();
  for (let index = range.start; index < range.start + range.count; index++) {
    doc.switchToPage(index);
    // Writing into the bottom margin would otherwise start a new page.
    doc.page.margins.bottom = 0;
    doc
      .fillColor(MUTED)
      .font("Helvetica")
      .fontSize(8)
      .text(toWinAnsi(footer(index + 1, range.count)), MARGIN.left, doc.page.height - 44, {
        width: doc.page.width - MARGIN.left - MARGIN.right,
        align: "center",
        lineBreak: false,
      });
    doc.page.margins.bottom = MARGIN.bottom;
  }
}
