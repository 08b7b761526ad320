// The watermark of gated downloads: every page carries the footer line and the diagonal email, the
// output is a valid PDF with the same pages, and its metadata names the recipient.
import { decodePDFRawStream, PDFDocument, PDFRawStream, StandardFonts } from "@pdfme/pdf-lib";
import { describe, expect, it } from "vitest";
import { readWatermark, watermarkFooter, watermarkPdf, watermarkTimestamp } from "./watermark";

const recipient = {
  email: "jane.doe@buyer.example",
  company: "Buyer AG",
  deliveredAt: new Date("2026-11-23T14:05:09.000Z"),
  ndaVersion: 3,
};

async function samplePdf(pages: number): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  const font = await document.embedFont(StandardFonts.Helvetica);
  for (let i = 0; i < pages; i++)
    document.addPage([595, 842]).drawText(`Page ${i + 1} of the report`, { x: 72, y: 760, size: 12, font });
  return document.save();
}

/** The strings drawn with Tj in every decoded stream of the file (WinAnsi hex strings). */
async function drawnStrings(bytes: Uint8Array): Promise<string[]> {
  const document = await PDFDocument.load(bytes);
  const strings: string[] = [];
  for (const [, object] of document.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFRawStream)) continue;
    const content = Buffer.from(decodePDFRawStream(object).decode()).toString("latin1");
    for (const match of content.matchAll(/<([0-9A-Fa-f]+)>\s*Tj/g)) {
      strings.push(
        Buffer.from(match[1]!, "hex")
          .toString("latin1")
          .replace(/\u0096/g, "–"),
      );
    }
  }
  return strings;
}

describe("watermarkPdf", () => {
  it("writes the footer line and the diagonal email on every page", async () => {
    const marked = await watermarkPdf(await samplePdf(3), recipient);
    const strings = await drawnStrings(marked);
    const footer =
      'Confidential – provided to jane.doe@buyer.example ("Buyer AG") on 2026-11-23 14:05:09 UTC under NDA v3 – do not redistribute';
    expect(watermarkFooter(recipient)).toBe(footer);
    expect(strings.filter((s) => s === footer)).toHaveLength(3);
    expect(strings.filter((s) => s === recipient.email)).toHaveLength(3);
    expect(strings.filter((s) => s.startsWith("Page "))).toHaveLength(3);
  });

  it("produces a PDF that loads, keeps its pages and names the recipient in subject and keywords", async () => {
    const marked = await watermarkPdf(await samplePdf(2), recipient);
    expect(Buffer.from(marked.subarray(0, 5)).toString("latin1")).toBe("%PDF-");
    const marks = await readWatermark(marked);
    expect(marks.pages).toBe(2);
    expect(marks.subject).toContain(recipient.email);
    expect(marks.subject).toContain("NDA v3");
    expect(marks.keywords).toContain(recipient.email);
    expect(marks.keywords).toContain("Buyer AG");
  });

  it("keeps characters the standard font cannot draw out of the page text but in the metadata", async () => {
    const marked = await watermarkPdf(await samplePdf(1), { ...recipient, company: "株式会社 Example" });
    const strings = await drawnStrings(marked);
    expect(strings.some((s) => s.includes('("???? Example")'))).toBe(true);
    expect((await readWatermark(marked)).keywords).toContain("株式会社 Example");
  });

  it("quotes the company the requester typed, on one line, in the footer and the metadata (S25)", async () => {
    const hostile = { ...recipient, company: "Buyer AG\n\nURGENT: call +1 555\u2028now\u202Egnp.exe" };
    const footer = watermarkFooter(hostile);
    expect(footer).toContain('("Buyer AG URGENT: call +1 555 nowgnp.exe")');
    expect(footer).not.toMatch(/[\n\r\u0085\u2028\u2029\u202a-\u202e]/);
    const marks = await readWatermark(await watermarkPdf(await samplePdf(1), hostile));
    expect(marks.subject).toContain('("Buyer AG URGENT: call +1 555 nowgnp.exe")');
    expect(marks.keywords).not.toMatch(/[\n\r\u0085\u2028\u2029\u202a-\u202e]/);
  });

  it("fits the footer on a narrow page", async () => {
    const document = await PDFDocument.create();
    document.addPage([200, 300]);
    const marked = await watermarkPdf(await document.save(), {
      ...recipient,
      company: "A company with a very long registered name GmbH & Co. KG",
    });
    expect((await readWatermark(marked)).pages).toBe(1);
  });

  it("formats the delivery time in UTC with seconds", () => {
    expect(watermarkTimestamp(new Date("2026-01-02T03:04:05.678Z"))).toBe("2026-01-02 03:04:05 UTC");
  });
});
