// Tests only: what a pdfkit PDF holds, read without a PDF library — every stream inflated (page content and
// embedded files alike), and the text drawn on the pages (hex strings of TJ arrays decoded).
import { inflateSync } from "node:zlib";

/** Every stream of the PDF, inflated where it is compressed (an attached file is one of them). */
export function pdfStreams(pdf: Buffer): Buffer[] {
  const raw = pdf.toString("latin1");
  return [...raw.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)].map((match) => {
    const bytes = Buffer.from(match[1]!, "latin1");
    try {
      return inflateSync(bytes);
    } catch {
      return bytes;
    }
  });
}

/** The text drawn on the PDF's pages. */
export function printedText(pdf: Buffer): string {
  return pdfStreams(pdf)
    .map((stream) => stream.toString("latin1"))
    .join("\n")
    .replace(/>\s*-?\d+(?:\.\d+)?\s*</g, "><")
    .replace(/\[?<([0-9a-f]*)>\s*(?:0\s*)?(?:\] TJ)?/gi, (_, hex: string) =>
      Buffer.from(hex, "hex").toString("latin1"),
    );
}
