// What every signed certificate's PDF shares (ADR 0020; the DSR, account deletion and retention certificates):
// the seal — key id, signature, SHA-256 of the signed payload and the signed JSON file itself — built from a
// signed envelope, and the "Signature" section that prints it, says how paper and file belong together and
// how to check the file, and attaches the file to the PDF byte for byte. Also the one way times are printed
// on a certificate ("2026-12-07 10:00:00 UTC"). Pure apart from pdfkit.
import { sha256Hex } from "../crypto/sha256.ts";
import type { SignedEnvelope } from "../signing/envelope.ts";
import { CERTIFICATE_SEAL_MESSAGES as M } from "./messages.ts";
import type { ReportWriter } from "./report.ts";

/** The signature of a certificate and its signed JSON file. */
export type CertificateSeal = {
  keyId: string;
  signature: string;
  payloadSha256: string;
  file: { name: string; bytes: Buffer };
};

/** The seal of a signed envelope whose file (as downloaded or stored) is `bytes`. */
export function certificateSeal(
  envelope: Pick<SignedEnvelope, "keyId" | "signature" | "payload">,
  fileName: string,
  bytes: Buffer,
): CertificateSeal {
  return {
    keyId: envelope.keyId,
    signature: envelope.signature,
    payloadSha256: sha256Hex(Buffer.from(envelope.payload, "base64")),
    file: { name: fileName, bytes },
  };
}

/** An ISO time as a certificate prints it, or `missing`. */
export function utcText(value: string | null | undefined, missing = "-"): string {
  return value ? `${value.slice(0, 10)} ${value.slice(11, 19)} UTC` : missing;
}

/** The "SHA-256 of the signed certificate: …" line (also the PDF's subject). */
export const sealHashLine = M.hashLine;

/** The "Signature" section: key id, signature, payload hash, how to check the file; the file attached. */
export function writeSeal(write: ReportWriter, seal: CertificateSeal, publicKeys: string, at: Date): void {
  write.heading(M.heading);
  write.note(M.signedWith(seal.keyId));
  write.mono(M.signatureLine(seal.signature));
  write.mono(M.hashLine(seal.payloadSha256));
  write.note(M.hashNote);
  write.note(M.verifyNote(publicKeys));
  write.attach(seal.file.bytes, {
    name: seal.file.name,
    type: "application/json",
    description: M.attachment,
    at,
  });
}

/** A certificate as downloaded: its signed JSON file, or the PDF that prints and carries it. */
export type CertificateDownload = { bytes: Buffer; contentType: string; fileName: string; sha256: string };

/** The download of a signed certificate named `base` in `format`; `renderPdf` prints it with its seal. */
export async function certificateDownload(
  format: "json" | "pdf",
  base: string,
  envelope: Pick<SignedEnvelope, "keyId" | "signature" | "payload">,
  json: Buffer,
  renderPdf: (seal: CertificateSeal) => Promise<Buffer>,
): Promise<CertificateDownload> {
  const bytes = format === "json" ? json : await renderPdf(certificateSeal(envelope, `${base}.json`, json));
  return {
    bytes,
    contentType: format === "json" ? "application/json; charset=utf-8" : "application/pdf",
    fileName: `${base}.${format}`,
    sha256: sha256Hex(bytes),
  };
}
