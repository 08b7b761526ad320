// The DPA PDF: a real, paginated PDF of the published text with the provider's details and the content
// hash printed in it, and the same bytes every time for the same version.
import { readFileSync } from "node:fs";
import { inflateSync } from "node:zlib";
import { PDFDocument } from "@pdfme/pdf-lib";
import { describe, expect, it } from "vitest";
import { contentHash } from "../trust/policies/content-hash.ts";
import { renderDocumentPdf, type DocumentPdfInput } from "./document-pdf.ts";

const dpa = readFileSync("prisma/seed-content/dpa.de.md", "utf8");

const input: DocumentPdfInput = {
  locale: "de",
  provider: {
    legalName: "Northwind Analytics GmbH",
    address: "Friedrichstraße 123, 10117 Berlin, Germany",
    dpoName: "Dr. Lena Vogel",
    dpoEmail: "dpo@northwind.example",
  },
  title: "Auftragsverarbeitungsvertrag",
  version: 3,
  effectiveDate: new Date("2026-01-01T00:00:00.000Z"),
  publishedAt: new Date("2025-12-15T10:30:00.000Z"),
  timeZone: "Europe/Berlin",
  contentHash: contentHash(dpa),
  body: dpa,
};

/** The text drawing operators of every page (content streams inflated), to look for printed words. */
function printedText(pdf: Buffer): string {
  const raw = pdf.toString("latin1");
  const streams = [...raw.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)].map((m) => {
    try {
      return inflateSync(Buffer.from(m[1]!, "latin1")).toString("latin1");
    } catch {
      return "";
    }
  });
  // Text is written as hex strings inside TJ arrays, with kerning numbers between them: [<4e6f> 30 <7274>] TJ.
  return streams
    .join("\n")
    .replace(/>\s*-?\d+(?:\.\d+)?\s*</g, "><")
    .replace(/\[?<([0-9a-f]*)>\s*(?:0\s*)?(?:\] TJ)?/gi, (_, hex: string) =>
      Buffer.from(hex, "hex").toString("latin1"),
    );
}

describe("document PDF", () => {
  it("is a valid, paginated PDF (magic bytes, loads with pdf-lib, several pages)", async () => {
    const bytes = await renderDocumentPdf(input);
    expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const loaded = await PDFDocument.load(bytes);
    expect(loaded.getPageCount()).toBeGreaterThanOrEqual(2);
    expect(loaded.getTitle()).toBe("Auftragsverarbeitungsvertrag");
    expect(loaded.getCreationDate()?.toISOString()).toBe("2025-12-15T10:30:00.000Z");
  });

  it("prints the provider, the version, the hash and 'page x of y' on every page", async () => {
    const bytes = await renderDocumentPdf(input);
    const pages = (await PDFDocument.load(bytes)).getPageCount();
    const text = printedText(bytes);
    expect(text).toContain("Northwind Analytics GmbH");
    expect(text).toContain("Dr. Lena Vogel");
    expect(text).toContain(input.contentHash);
    expect(text).toContain("Gültig ab");
    for (let page = 1; page <= pages; page++)
      expect(text).toContain(`Auftragsverarbeitungsvertrag · Version 3 · Seite ${page} von ${pages}`);
  });

  it("is deterministic: the same version gives identical bytes", async () => {
    const first = await renderDocumentPdf(input);
    const second = await renderDocumentPdf({ ...input });
    expect(first.equals(second)).toBe(true);
    const other = await renderDocumentPdf({ ...input, version: 4 });
    expect(other.equals(first)).toBe(false);
  });

  it("lays out every Markdown block kind, including tables and characters outside Windows-1252", async () => {
    const body =
      "# Title\n\nA **bold** and *italic* line with `code` ≥ → ✓ 漢.\n\n- one\n- two\n  1. nested\n\n| A | B |\n| - | - |\n| x | y |\n\n> quoted\n\n---\n\n```\ncode block\n```\n";
    const bytes = await renderDocumentPdf({ ...input, locale: "en", body, contentHash: contentHash(body) });
    expect((await PDFDocument.load(bytes)).getPageCount()).toBe(1);
    const text = printedText(bytes);
    expect(text).toContain(">= -> [x] ?");
    expect(text).toContain("Auftragsverarbeitungsvertrag · version 3 · page 1 of 1");
  });
});
