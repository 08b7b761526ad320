// The evidence file staff attach when they complete a MANUAL task (SECURITY.md S16): at most 512 KiB (it
// travels in a server action, capped at 1 MB), its type decided by its content — a PDF, PNG or JPEG by their
// magic bytes, or UTF-8 text (a note, CSV or JSON export) without control characters —, never by the
// declared type or name; stored under a server-side name. Pure.
import { sha256Hex } from "../../crypto/sha256.ts";

export const MAX_EVIDENCE_BYTES = 512 * 1024;

export type EvidenceKind = { type: string; extension: string };
export type EvidenceFile = { name: string; type: string; bytes: Uint8Array; sha256: string };
export type EvidenceRefusal = "too_large" | "unsupported_type";

const HTML_MARKERS = ["<html", "<script", "<!doctype", "<svg"];

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, i) => bytes[i] === byte);
}

function textKind(bytes: Uint8Array): EvidenceKind | null {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(text)) return null;
  const lowered = text.slice(0, 1024).toLowerCase();
  if (HTML_MARKERS.some((marker) => lowered.includes(marker))) return null;
  const trimmed = text.trim();
  if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
    try {
      JSON.parse(trimmed);
      return { type: "application/json", extension: "json" };
    } catch {
      // plain text after all
    }
  }
  return { type: "text/plain", extension: "txt" };
}

export function evidenceKind(bytes: Uint8Array): EvidenceKind | null {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) {
    const head = Buffer.from(bytes.subarray(0, 1024)).toString("latin1").toLowerCase();
    return HTML_MARKERS.some((marker) => head.includes(marker))
      ? null
      : { type: "application/pdf", extension: "pdf" };
  }
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
    return { type: "image/png", extension: "png" };
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { type: "image/jpeg", extension: "jpg" };
  return textKind(bytes);
}

/** The stored evidence, or why the file is refused. */
export function checkEvidence(
  taskId: string,
  bytes: Uint8Array,
): { ok: true; file: EvidenceFile } | { ok: false; refusal: EvidenceRefusal } {
  if (bytes.byteLength > MAX_EVIDENCE_BYTES) return { ok: false, refusal: "too_large" };
  const kind = evidenceKind(bytes);
  if (!kind) return { ok: false, refusal: "unsupported_type" };
  return {
    ok: true,
    file: { name: `evidence-${taskId}.${kind.extension}`, type: kind.type, bytes, sha256: sha256Hex(bytes) },
  };
}
