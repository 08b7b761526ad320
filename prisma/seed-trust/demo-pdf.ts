// A paginated A4 PDF from simple blocks (headings, paragraphs, bullet lists, label/value rows and
// tables that repeat their header on every page), with a running footer "<footer> · Page x of y".
// Generates the demo library documents at seed time (letters, label/value rows, tables); staff upload
// real PDFs in the console.
import PDFDocument from "pdfkit";

export type PdfBlock =
  | { kind: "heading"; text: string }
  | { kind: "paragraph"; text: string; muted?: boolean }
  | { kind: "bullets"; items: string[] }
  | { kind: "fields"; rows: [label: string, value: string][] }
  | { kind: "table"; columns: { header: string; width: number }[]; rows: string[][] }
  | { kind: "pageBreak" };

export type StructuredPdf = {
  title: string;
  subtitle?: string;
  author: string;
  /** Left part of every page's footer, e.g. "Confidential · Northwind Analytics GmbH". */
  footer: string;
  createdAt: Date;
  blocks: PdfBlock[];
};

type Doc = InstanceType<typeof PDFDocument>;

const MARGIN = 60;
const FONT = "Helvetica";
const BOLD = "Helvetica-Bold";
const TEXT = "#111827";
const MUTED = "#4b5563";
const RULE = "#d1d5db";
const CELL_PADDING = 4;

export async function renderStructuredPdf(input: StructuredPdf): Promise<Uint8Array> {
  const doc = new PDFDocument({
    size: "A4",
    margins: { top: MARGIN, bottom: MARGIN + 10, left: MARGIN, right: MARGIN },
    bufferPages: true,
    info: {
      Title: winAnsi(input.title),
      Author: winAnsi(input.author),
      Creator: "Article28",
      Producer: "Article28",
      CreationDate: input.createdAt,
      ModDate: input.createdAt,
    },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Uint8Array>((resolve, reject) => {
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on("error", reject);
  });

  doc.font(BOLD).fontSize(18).fillColor(TEXT).text(winAnsi(input.title));
  if (input.subtitle)
    doc.moveDown(0.3).font(FONT).fontSize(11).fillColor(MUTED).text(winAnsi(input.subtitle));
  doc.moveDown(1);
  for (const block of input.blocks) drawBlock(doc, block);
  drawFooters(doc, input.footer);
  doc.end();
  return done;
}

const width = (doc: Doc) => doc.page.width - doc.page.margins.left - doc.page.margins.right;
const bottom = (doc: Doc) => doc.page.height - doc.page.margins.bottom;

function ensureRoom(doc: Doc, height: number): void {
  if (doc.y + height > bottom(doc)) doc.addPage();
}

function drawBlock(doc: Doc, block: PdfBlock): void {
  const left = doc.page.margins.left;
  switch (block.kind) {
    case "heading":
      ensureRoom(doc, 60);
      doc.moveDown(0.6).font(BOLD).fontSize(13).fillColor(TEXT).text(winAnsi(block.text), left).moveDown(0.3);
      return;
    case "paragraph":
      doc
        .font(FONT)
        .fontSize(10)
        .fillColor(block.muted ? MUTED : TEXT)
        .text(winAnsi(block.text), left, undefined, { width: width(doc), align: "left", lineGap: 2 })
        .moveDown(0.6);
      return;
    case "bullets":
      doc.font(FONT).fontSize(10).fillColor(TEXT);
      for (const item of block.items)
        doc
          .text(`•  ${winAnsi(item)}`, left + 10, undefined, {
            width: width(doc) - 10,
            indent: -9,
            lineGap: 2,
          })
          .moveDown(0.25);
      doc.moveDown(0.4);
      return;
    case "fields":
      for (const [label, value] of block.rows) {
        ensureRoom(doc, 16);
        const y = doc.y;
        doc.font(BOLD).fontSize(10).fillColor(TEXT).text(winAnsi(label), left, y, { width: 140 });
        const labelBottom = doc.y;
        doc.font(FONT).text(winAnsi(value), left + 150, y, { width: width(doc) - 150 });
        doc.y = Math.max(doc.y, labelBottom);
        doc.moveDown(0.2);
      }
      doc.moveDown(0.5);
      return;
    case "table":
      drawTable(doc, block.columns, block.rows);
      return;
    case "pageBreak":
      doc.addPage();
      return;
  }
}

function drawTable(doc: Doc, columns: { header: string; width: number }[], rows: string[][]): void {
  const left = doc.page.margins.left;
  const total = columns.reduce((sum, c) => sum + c.width, 0);
  const widths = columns.map((c) => (c.width / total) * width(doc));
  const rowHeight = (cells: string[], font: string) => {
    doc.font(font).fontSize(9);
    return (
      Math.max(
        ...cells.map((cell, i) =>
          doc.heightOfString(winAnsi(cell), { width: widths[i]! - 2 * CELL_PADDING }),
        ),
      ) +
      2 * CELL_PADDING
    );
  };
  const drawRow = (cells: string[], font: string, shaded: boolean) => {
    const height = rowHeight(cells, font);
    const y = doc.y;
    if (shaded) doc.rect(left, y, width(doc), height).fill("#f3f4f6");
    let x = left;
    doc.font(font).fontSize(9).fillColor(TEXT);
    cells.forEach((cell, i) => {
      doc.text(winAnsi(cell), x + CELL_PADDING, y + CELL_PADDING, { width: widths[i]! - 2 * CELL_PADDING });
      x += widths[i]!;
    });
    doc
      .moveTo(left, y + height)
      .lineTo(left + width(doc), y + height)
      .strokeColor(RULE)
      .lineWidth(0.5)
      .stroke();
    doc.x = left;
    doc.y = y + height;
  };
  const header = columns.map((c) => c.header);
  ensureRoom(doc, rowHeight(header, BOLD) + rowHeight(rows[0] ?? header, FONT));
  drawRow(header, BOLD, true);
  for (const row of rows) {
    if (doc.y + rowHeight(row, FONT) > bottom(doc)) {
      doc.addPage();
      drawRow(header, BOLD, true);
    }
    drawRow(row, FONT, false);
  }
  doc.moveDown(0.8);
}

function drawFooters(doc: Doc, footer: string): void {
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    const margins = doc.page.margins;
    const y = doc.page.height - margins.bottom + 24;
    // Writing below the bottom margin would start a new page; lift the margin while writing.
    const saved = margins.bottom;
    doc.page.margins.bottom = 0;
    doc.font(FONT).fontSize(8).fillColor(MUTED);
    doc.text(winAnsi(footer), margins.left, y, { width: width(doc) * 0.75, lineBreak: false });
    doc.text(`Page ${i - start + 1} of ${count}`, margins.left, y, {
      width: width(doc),
      align: "right",
      lineBreak: false,
    });
    doc.page.margins.bottom = saved;
  }
}

/** The standard PDF fonts speak WinAnsi; characters outside it are replaced, never garbled. */
function winAnsi(text: string): string {
  const extras = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ";
  return [...text]
    .map((c) =>
      c.codePointAt(0)! <= 0xff || extras.includes(c)
        ? c
        : c === "→"
          ? "->"
          : c === "≥"
            ? ">="
            : c === "≤"
              ? "<="
              : "?",
    )
    .join("");
}
