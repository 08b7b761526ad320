// What an uploaded library file must be before it is stored (SECURITY.md S16): at most 10 MB, declared
// as application/pdf, starting with the PDF magic bytes, free of HTML markers near the start (an
// HTML/PDF polyglot renders as a page if a browser ever sniffs it), readable by a real PDF parser,
// unencrypted (it is watermarked per download) and with at least one page. The client's file name is
// never used; one with path components is refused outright.
import { PDFDocument } from "@pdfme/pdf-lib";
import { AppError } from "../../errors.ts";
import { LIBRARY_MESSAGES } from "./messages.ts";

export const MAX_LIBRARY_FILE_BYTES = 10 * 1024 * 1024;
export const ALLOWED_LIBRARY_TYPES: readonly string[] = ["application/pdf"];

const PDF_MAGIC = "%PDF-";
const SNIFF_WINDOW = 1024;
const HTML_MARKERS = ["<html", "<script", "<!doctype"];

export type UploadedFile = {
  bytes: Uint8Array;
  /** The Content-Type the client declared for the part. */
  declaredType: string;
  /** The file name the client sent; checked, never stored. */
  declaredName: string;
};

const WORDS = LIBRARY_MESSAGES.upload;

/** Refuses the file with `too_large` (413), `invalid` (400) or `unsupported_type` (415) unless it passes. */
export async function assertAcceptablePdf(file: UploadedFile): Promise<void> {
  if (file.bytes.byteLength > MAX_LIBRARY_FILE_BYTES)
    throw new AppError("too_large", WORDS.fileTooLarge(MAX_LIBRARY_FILE_BYTES));
  if (file.bytes.byteLength === 0) throw new AppError("invalid", WORDS.empty);
  if (hasPathComponents(file.declaredName)) throw new AppError("invalid", WORDS.pathInName);
  if (!ALLOWED_LIBRARY_TYPES.includes(file.declaredType.split(";")[0]!.trim().toLowerCase()))
    throw new AppError("unsupported_type", WORDS.notPdfType);
  const head = Buffer.from(file.bytes.subarray(0, SNIFF_WINDOW)).toString("latin1");
  if (!head.startsWith(PDF_MAGIC)) throw new AppError("unsupported_type", WORDS.noMagicBytes);
  const lowered = head.toLowerCase();
  if (HTML_MARKERS.some((marker) => lowered.includes(marker)))
    throw new AppError("unsupported_type", WORDS.htmlPolyglot);
  const pages = await pageCount(file.bytes);
  if (pages === "encrypted") throw new AppError("unsupported_type", WORDS.encrypted);
  if (pages === "unreadable") throw new AppError("unsupported_type", WORDS.unreadable);
  if (pages < 1) throw new AppError("unsupported_type", WORDS.noPages);
}

/** Slashes, backslashes, ".." or control characters: a name that tries to be a path. */
export function hasPathComponents(name: string): boolean {
  return /[/\\\u0000-\u001f]/.test(name) || name.includes("..");
}

async function pageCount(bytes: Uint8Array): Promise<number | "encrypted" | "unreadable"> {
  try {
    const document = await PDFDocument.load(bytes, { updateMetadata: false, ignoreEncryption: true });
    if (document.isEncrypted) return "encrypted";
    return document.getPageCount();
  } catch {
    return "unreadable";
  }
}
