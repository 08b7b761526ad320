// Uploads to the library (SECURITY.md S16): size cap, PDF type only, magic bytes at offset 0, no HTML
// near the start (polyglots), a real PDF parser must read it, and no path in the file name.
import { PDFDocument } from "@pdfme/pdf-lib";
import { describe, expect, it } from "vitest";
import {
  assertAcceptablePdf,
  hasPathComponents,
  MAX_LIBRARY_FILE_BYTES,
  type UploadedFile,
} from "./pdf-upload-check";
import { isAppError, type ErrorCode } from "../../errors";
import type { Text } from "../../i18n/text";
import { LIBRARY_MESSAGES } from "./messages";

async function realPdf(): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  document.addPage();
  return document.save();
}

const upload = (bytes: Uint8Array, extra: Partial<UploadedFile> = {}): UploadedFile => ({
  bytes,
  declaredType: "application/pdf",
  declaredName: "report.pdf",
  ...extra,
});

async function refusal(
  file: UploadedFile,
): Promise<{ status: number; code: ErrorCode; text: Text | undefined } | null> {
  try {
    await assertAcceptablePdf(file);
    return null;
  } catch (error) {
    if (isAppError(error)) return { status: error.status, code: error.code, text: error.text };
    throw error;
  }
}

const text = (s: string) => new TextEncoder().encode(s);

describe("library upload checks (S16)", () => {
  it("accepts a real PDF", async () => {
    expect(await refusal(upload(await realPdf()))).toBeNull();
  });

  it("refuses an HTML/PDF polyglot: PDF magic bytes with HTML in the first kilobyte", async () => {
    const pdf = Buffer.from(await realPdf()).toString("latin1");
    for (const marker of ["<html><body>x</body></html>", "<SCRIPT>alert(1)</SCRIPT>", "<!DOCTYPE html>"]) {
      const polyglot = text(pdf.replace("\n", `\n%${marker}\n`));
      expect(await refusal(upload(polyglot)), marker).toMatchObject({
        status: 415,
        code: "unsupported_type",
        text: LIBRARY_MESSAGES.upload.htmlPolyglot,
      });
    }
  });

  it("refuses files that do not start with %PDF-, whatever their declared type", async () => {
    expect(await refusal(upload(text("<html><body>%PDF-1.7</body></html>")))).toMatchObject({ status: 415 });
    expect(await refusal(upload(text(` %PDF-1.7`)))).toMatchObject({ status: 415 });
  });

  it("refuses junk that only starts like a PDF", async () => {
    expect(await refusal(upload(text("%PDF-1.7\nthis is not a pdf at all\n%%EOF")))).toMatchObject({
      status: 415,
      text: LIBRARY_MESSAGES.upload.unreadable,
    });
  });

  it("refuses declared types other than application/pdf", async () => {
    expect(await refusal(upload(await realPdf(), { declaredType: "text/html" }))).toMatchObject({
      status: 415,
    });
    expect(
      await refusal(upload(await realPdf(), { declaredType: "application/octet-stream" })),
    ).toMatchObject({ status: 415 });
    expect(
      await refusal(upload(await realPdf(), { declaredType: "application/pdf; charset=binary" })),
    ).toBeNull();
  });

  it("refuses files over 10 MB with 413 and empty files", async () => {
    const big = new Uint8Array(MAX_LIBRARY_FILE_BYTES + 1);
    big.set(text("%PDF-1.7\n"));
    expect(await refusal(upload(big))).toMatchObject({ status: 413, code: "too_large" });
    expect(await refusal(upload(new Uint8Array(0)))).toMatchObject({ status: 400, code: "invalid" });
  });

  it("refuses file names with path components (path traversal)", async () => {
    for (const name of ["../../etc/passwd.pdf", "..\\..\\boot.pdf", "/tmp/x.pdf", "a/b.pdf", "x\u0000.pdf"]) {
      expect(hasPathComponents(name), name).toBe(true);
      expect(await refusal(upload(await realPdf(), { declaredName: name })), name).toMatchObject({
        status: 400,
      });
    }
    expect(hasPathComponents("Pen test 2026 (final).pdf")).toBe(false);
  });
});
